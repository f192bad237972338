package nl.passend.groeidocument;

import jakarta.validation.constraints.Size;

/**
 * The content of one groeidocument version: the support question from every perspective (child, parents,
 * school, care partners), stimulating and hindering factors at school, at home and in free time,
 * onderwijsbehoeften, the teacher's ondersteuningsbehoefte, cruciale doelen, what was tried with what
 * result, and attendance. Every field is optional free text. Redacts itself in {@link #toString()}.
 */
public record GroeidocumentInput(@Size(max = 10000) String vraagKind, @Size(max = 10000) String vraagOuders,
                                 @Size(max = 10000) String vraagSchool, @Size(max = 10000) String vraagZorgpartners,
                                 @Size(max = 10000) String bevorderendeFactoren, @Size(max = 10000) String belemmerendeFactoren,
                                 @Size(max = 10000) String onderwijsbehoeften,
                                 @Size(max = 10000) String ondersteuningsbehoefteLeerkracht,
                                 @Size(max = 10000) String crucialeDoelen, @Size(max = 10000) String ingezetEnResultaat,
                                 @Size(max = 10000) String aanwezigheid) {

    /** An empty document (for a new form). */
    public static GroeidocumentInput empty() {
        return new GroeidocumentInput(null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "GroeidocumentInput[redacted]";
    }
}
