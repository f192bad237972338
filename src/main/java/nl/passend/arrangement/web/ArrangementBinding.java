package nl.passend.arrangement.web;

import nl.passend.shared.web.DutchDecimals;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Amounts and hours on the aanvraag, besluit, evaluation and invoice forms are typed the Dutch way. */
@ControllerAdvice(basePackageClasses = ArrangementBinding.class)
class ArrangementBinding {

    @InitBinder
    void dutchDecimals(WebDataBinder binder) {
        DutchDecimals.register(binder);
    }
}
