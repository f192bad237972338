package nl.passend.tlv.web;

import java.util.function.Function;

import nl.passend.shared.PassendException;
import nl.passend.shared.web.FormErrors;

import org.springframework.validation.BindingResult;

/**
 * Puts a service's refusal next to the field it is about, when its code names one; otherwise on the form
 * as a whole. Either way the form's error summary at the top lists it, and what was typed stays.
 */
final class FieldRejections {

    private FieldRejections() {
    }

    static void reject(BindingResult binding, PassendException e, Function<String, String> fieldOfCode) {
        String field = fieldOfCode.apply(e.code());
        if (field != null && binding.getFieldType(field) != null) {
            binding.rejectValue(field, e.messageKey(), e.arguments(), e.code());
        } else {
            FormErrors.reject(binding, e);
        }
    }

    /** The period rules of shared.term report on the end date: that is the date to correct. */
    static boolean isPeriodCode(String code) {
        return code.startsWith("tlv-period-") || code.startsWith("tlv-temporary-");
    }

    /** The request form's fields for the request rules' codes. */
    static String aanvraagField(String code) {
        if (isPeriodCode(code)) {
            return "gevraagdeEinddatum";
        }
        return switch (code) {
            case "tlv-category-required", "tlv-category-not-for-sbo" -> "gevraagdeCategorie";
            case "tlv-aanvraag-reason-without-consent" -> "redenZonderInstemming";
            case "tlv-verlenging-needs-tlv" -> "vorigeTlvId";
            case "tlv-receiving-school-type" -> "ontvangendeSchoolId";
            case "tlv-voorschools-by-sbo-school", "tlv-grensverkeer-lives-elsewhere", "tlv-emb-pupil-not-emb" -> "route";
            default -> null;
        };
    }

    /** The advice form's fields. */
    static String adviesField(String code) {
        if (isPeriodCode(code)) {
            return "einddatum";
        }
        return switch (code) {
            case "tlv-advies-type-required" -> "type";
            case "tlv-category-required", "tlv-category-not-for-sbo" -> "categorie";
            default -> null;
        };
    }

    /** The decision form's fields. */
    static String besluitField(String code) {
        if (isPeriodCode(code)) {
            return "einddatum";
        }
        return switch (code) {
            case "tlv-besluit-type-required" -> "type";
            case "tlv-category-required", "tlv-category-not-for-sbo" -> "categorie";
            case "tlv-besluit-advice-unknown" -> "gevolgdAdviesId";
            case "tlv-besluit-deviation-needs-motivation" -> "afwijkingMotivering";
            default -> null;
        };
    }

    static Function<String, String> none() {
        return code -> null;
    }
}
