package nl.passend.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.springframework.web.bind.WebDataBinder;

/**
 * Lets form fields of type {@link BigDecimal} (amounts, hours, percentages) take Dutch input:
 * ‘1.234,56’ and ‘1234,56’ as well as ‘1234.56’. With a comma, points are thousands separators;
 * without one, a point is the decimal separator. A form shows the value back with a comma.
 */
public final class DutchDecimals {

    private DutchDecimals() {
    }

    public static void register(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                String t = text.trim().replace("€", "").replace(" ", "").replace("\u00a0", "");
                if (t.contains(",")) {
                    t = t.replace(".", "").replace(',', '.');
                }
                try {
                    setValue(new BigDecimal(t));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number", e);
                }
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : ((BigDecimal) getValue()).toPlainString().replace('.', ',');
            }
        });
    }
}
