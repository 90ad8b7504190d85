// Starts Swagger UI on the OpenAPI document named by the page (kept out of the page: the CSP allows no inline script).
// "Try it out" calls go to /api with the page's session for reading; writes need HTTP Basic or an API token
// (the Authorize button), like any other client of the API.
(function () {
    var root = document.getElementById('api');
    SwaggerUIBundle({
        url: root.getAttribute('data-document'),
        domNode: root,
        deepLinking: true,
        docExpansion: 'none',
        tryItOutEnabled: false,
        validatorUrl: null
    });
}());
