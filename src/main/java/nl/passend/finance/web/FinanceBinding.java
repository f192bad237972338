package nl.passend.finance.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Every finance form takes money and percentages the Dutch way (see {@link FinanceFormat#acceptDutchDecimals}). */
@ControllerAdvice(basePackageClasses = FinanceBinding.class)
class FinanceBinding {

    @InitBinder
    void dutchDecimals(WebDataBinder binder) {
        FinanceFormat.acceptDutchDecimals(binder);
    }
}
