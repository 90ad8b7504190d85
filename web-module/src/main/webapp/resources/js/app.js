// Tells the server the reader's time zone, so times are shown in it (FormatBacking reads the cookie). Nothing
// else depends on script: every page works without it.
(function () {
    'use strict';
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('tz=' + zone) === -1) {
            document.cookie = 'tz=' + zone + '; path=/; max-age=31536000; SameSite=Lax';
        }
    } catch (e) {
        // an old browser without Intl: times stay in the regional office's zone, and say so
    }
})();
