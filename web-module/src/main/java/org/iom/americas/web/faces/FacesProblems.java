package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Optional;
import org.iom.americas.kernel.error.BusinessException;
import org.iom.americas.kernel.error.FieldProblem;
import org.iom.americas.web.i18n.Messages;
import org.iom.americas.web.i18n.Violations;

/**
 * Shows a boundary's refusal on the page: each failing field's message next to the input of the same id in the
 * form, anything else at the top of the form. Failures that are not the user's mistake are rethrown.
 */
final class FacesProblems {

    private FacesProblems() {
    }

    /** @return the business failure shown, if the failure was one the user can fix */
    static Optional<BusinessException> show(RuntimeException failure, String formId, Locale locale) {
        return show(failure, formId, locale, java.util.Map.of());
    }

    /**
     * @param inputs the input of the form for a field whose name in the boundary differs (a budget's
     *               {@code budget.amount} is the form's {@code budgetAmount})
     */
    static Optional<BusinessException> show(RuntimeException failure, String formId, Locale locale,
                                            java.util.Map<String, String> inputs) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException invalid) {
                for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                    String field = Violations.fieldOf(violation.getPropertyPath());
                    add(formId, inputs.getOrDefault(field, field), Violations.message(violation, locale));
                }
                addGlobal(Messages.text(locale, "form.invalid"));
                return Optional.empty();
            }
            if (cause instanceof BusinessException business) {
                if (business.fieldProblems().isEmpty()) {
                    addGlobal(Messages.text(locale, business.messageKey(), business.arguments()));
                } else {
                    for (FieldProblem problem : business.fieldProblems()) {
                        add(formId, inputs.getOrDefault(problem.field(), problem.field()),
                                Messages.text(locale, problem.messageKey(), problem.arguments()));
                    }
                    addGlobal(Messages.text(locale, "form.invalid"));
                }
                return Optional.of(business);
            }
        }
        throw failure;
    }

    /**
     * After a stale edit the form shows what is stored now; one warning says so, instead of field messages about a
     * version that no longer matters, and the editor repeats their change.
     */
    static void showStale(Locale locale) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // getMessageList() is a read-only view; the iterator of getMessages() is where messages are removed
        for (java.util.Iterator<FacesMessage> messages = faces.getMessages(); messages.hasNext(); ) {
            messages.next();
            messages.remove();
        }
        String text = Messages.text(locale, "form.stale");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }

    private static void add(String formId, String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent input = faces.getViewRoot().findComponent(":" + formId + ":" + field);
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        if (input == null) {
            faces.addMessage(null, message);
        } else {
            faces.addMessage(input.getClientId(faces), message);
            faces.validationFailed();
        }
    }

    private static void addGlobal(String text) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
