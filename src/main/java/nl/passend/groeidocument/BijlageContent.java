package nl.passend.groeidocument;

/** The bytes of an attachment for download. Redacts itself in {@link #toString()}. */
public record BijlageContent(String naam, String mimeType, byte[] inhoud) {

    @Override
    public String toString() {
        return "BijlageContent[redacted]";
    }
}
