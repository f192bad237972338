package nl.passend.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.passend.shared.PassendException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * One place that turns refusals into answers: an RFC 9457 problem with a stable {@code code} for
 * {@code /api/**}, the Dutch error page for the UI. Unexpected errors are logged with an incident id
 * and without their message, which might carry personal data.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PassendException.class)
    Object passend(PassendException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, e.status(), e.code(), e.messageKey(), e.arguments(), null);
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException e, HttpServletRequest request, HttpServletResponse response) {
        List<Map<String, String>> errors = e.getBindingResult().getAllErrors().stream()
                .map(error -> Map.of(
                        "field", error instanceof FieldError f ? f.getField() : error.getObjectName(),
                        "message", messages.getMessage(error, DUTCH)))
                .toList();
        return answer(request, response, 400, "validation-failed", "error.validation-failed", new Object[0], errors);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class})
    Object unreadable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 400, "malformed-request", "error.malformed-request", new Object[0], null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        if (UUID.class.equals(e.getRequiredType())
                && e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return answer(request, response, 404, "not-found", "error.not-found", new Object[0], null);
        }
        return answer(request, response, 400, "invalid-parameter", "error.invalid-parameter",
                new Object[] {e.getName()}, null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 404, "not-found", "error.not-found", new Object[0], null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 405, "method-not-allowed", "error.method-not-allowed", new Object[0], null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 415, "unsupported-media-type", "error.unsupported-media-type",
                new Object[0], null);
    }

    /** An upload above {@code spring.servlet.multipart.max-file-size}: the same refusal the service gives. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Object tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpServletRequest request,
                    HttpServletResponse response) {
        return answer(request, response, 413, "upload-too-large", "error.upload-too-large", new Object[0], null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 409, "integrity-violation", "error.integrity-violation", new Object[0], null);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring Security answers these
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected {} (incident {}) at {}", e.getClass().getName(), incident, Incidents.where(e));
        return answer(request, response, 500, "internal-error", "error.internal-error", new Object[] {incident}, null);
    }

    private Object answer(HttpServletRequest request, HttpServletResponse response, int status, String code,
                          String messageKey, Object[] arguments, List<Map<String, String>> errors) {
        String detail = messages.getMessage(messageKey, arguments, code, DUTCH);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/v3/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/fout")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
            problem.setTitle(messages.getMessage("error.title." + status, null, HttpStatus.valueOf(status).getReasonPhrase(), DUTCH));
            problem.setProperty("code", code);
            if (errors != null) {
                problem.setProperty("errors", errors);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        request.setAttribute(ErrorPageController.STATUS, status);
        request.setAttribute(ErrorPageController.CODE, code);
        request.setAttribute(ErrorPageController.DETAIL, detail);
        ModelAndView page = new ModelAndView("forward:/fout");
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }
}
