package org.dualimpact.web.security;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.dualimpact.web.problem.Problems;

/**
 * Enforces the roles each resource method declares, and answers refusals as problem details:
 * no authenticated caller → 401 with {@code WWW-Authenticate: Bearer}; a caller without any of the
 * roles → 403.
 *
 * <p>Fails closed: a resource method with none of {@code @RolesAllowed}, {@code @PermitAll} or
 * {@code @DenyAll} (on the method or its class) is refused for everyone, so forgetting to declare
 * roles can never open an endpoint. The architecture tests also check every resource declares them.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // no resource matched: the 404/405 mapping answers
        }
        AnnotatedElement declaring = declaration(method);
        if (declaring == null || declaring.isAnnotationPresent(DenyAll.class)) {
            request.abortWith(Problems.forbidden("This operation is not available to any role."));
            return;
        }
        if (declaring.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            request.abortWith(Problems.unauthenticated());
            return;
        }
        for (String role : declaring.getAnnotation(RolesAllowed.class).value()) {
            if (security.isUserInRole(role)) {
                return;
            }
        }
        request.abortWith(Problems.forbidden("This operation needs one of the roles "
                + String.join(", ", declaring.getAnnotation(RolesAllowed.class).value()) + "."));
    }

    /** The method if it declares access, else its class if that does, else null. */
    private static AnnotatedElement declaration(Method method) {
        if (declares(method)) {
            return method;
        }
        Class<?> type = method.getDeclaringClass();
        return declares(type) ? type : null;
    }

    private static boolean declares(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }
}
