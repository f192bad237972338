package nl.passend.shared.web;

import nl.passend.shared.PassendException;

import org.springframework.validation.BindingResult;

/** Shows a refusal from a service on the form that caused it, so what was typed stays. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, PassendException e) {
        binding.reject(e.messageKey(), e.arguments(), e.code());
    }
}
