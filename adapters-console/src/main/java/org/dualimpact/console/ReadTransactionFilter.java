package org.dualimpact.console;

import java.io.IOException;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

/**
 * One transaction for each page a GET builds, which every use case it calls joins (decision 0017). A page
 * reads the same SPO and organisations through several use cases (the agreement page reads its SPO four
 * times); in one transaction they share one persistence context, so a row read by its id is read once
 * per page (queries still go to the database; the shared JPA cache is off, decision 0016). A GET writes
 * only what signing in records (a name or e-mail changed at the provider, a configured platform admin's
 * first membership), so the transaction commits; one a use case marked for rollback rolls back. Style
 * sheets and images need no transaction; forms (POST) keep one transaction per use case.
 */
@WebFilter(urlPatterns = "/*")
public class ReadTransactionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Resource
    transient UserTransaction transaction;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getServletPath().startsWith("/assets/")) {
            chain.doFilter(request, response);
            return;
        }
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new ServletException("cannot begin the page's transaction", e);
        }
        boolean done = false;
        try {
            chain.doFilter(request, response);
            done = true;
        } finally {
            end(done);
        }
    }

    private void end(boolean done) throws ServletException {
        try {
            if (done && transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | RollbackException | HeuristicMixedException | HeuristicRollbackException
                | RuntimeException e) {
            throw new ServletException("cannot end the page's transaction", e);
        }
    }
}
