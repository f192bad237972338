package nl.passend.tlv;

/** The stored bytes of an attachment or letter, with what a download needs. */
public record BijlageContent(String bestandsnaam, String contentType, byte[] inhoud) {

    @Override
    public String toString() {
        return "BijlageContent[" + inhoud.length + " bytes]";
    }
}
