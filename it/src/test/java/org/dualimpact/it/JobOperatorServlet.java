package org.dualimpact.it;

import java.io.IOException;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only, added to the batch WAR by {@link KpiRollupIT}: drives Jakarta Batch's {@link JobOperator}
 * inside the container, as the authenticated operator (BASIC; Liberty checks the caller's batch roles).
 * POST action=start&job=..&p.name=value | action=stop&execution=N | action=restart&execution=N&p.name=value;
 * GET execution=N gives batchStatus, exitStatus, instanceId.
 */
@WebServlet("/it/job-operator")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class JobOperatorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("p.")) {
                parameters.setProperty(name.substring(2), values[0]);
            }
        });
        long execution;
        switch (request.getParameter("action")) {
            case "start" -> execution = operator.start(request.getParameter("job"), parameters);
            case "restart" -> execution = operator.restart(Long.parseLong(request.getParameter("execution")), parameters);
            case "stop" -> {
                execution = Long.parseLong(request.getParameter("execution"));
                operator.stop(execution);
            }
            default -> throw new IllegalArgumentException("action start, stop or restart");
        }
        write(response, operator.getJobExecution(execution));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JobOperator operator = BatchRuntime.getJobOperator();
        write(response, operator.getJobExecution(Long.parseLong(request.getParameter("execution"))));
    }

    private static void write(HttpServletResponse response, JobExecution e) throws IOException {
        response.setContentType("application/json");
        String exit = e.getExitStatus() == null ? "" : e.getExitStatus().replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"executionId\":" + e.getExecutionId() + ",\"instanceId\":"
                + BatchRuntime.getJobOperator().getJobInstance(e.getExecutionId()).getInstanceId()
                + ",\"batchStatus\":\"" + e.getBatchStatus() + "\",\"exitStatus\":\"" + exit + "\"}");
    }
}
