package org.iom.americas.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, SameSite=Lax (Payara leaves SameSite off), and Secure unless
 * {@code coordination.cookies.secure=false} says the application is reached over plain HTTP on purpose (the
 * embedded default on localhost, the tests).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("coordination.cookies.secure", Boolean.class)
                .orElse(true));
        cookie.setAttribute("SameSite", "Lax");
    }
}
