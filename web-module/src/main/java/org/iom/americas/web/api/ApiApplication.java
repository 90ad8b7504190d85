package org.iom.americas.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "IOM Americas coordination API", version = "1",
        description = "Partner governments, agencies, requests, joint projects and humanitarian responses of the "
                + "IOM Regional Office for the Americas. Errors are RFC 9457 problem details."))
public class ApiApplication extends Application {
}
