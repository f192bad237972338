package nl.passend.tlv.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.springframework.web.multipart.MultipartFile;

/** The small forms of the case page; the larger ones are the service inputs themselves. */
final class CaseForms {

    private CaseForms() {
    }

    /** Aanvulling vragen: what the school must add. The service checks that it is filled in. */
    public static class Vraag {
        private String vraag;
        private Integer version;

        public String getVraag() { return vraag; }
        public void setVraag(String vraag) { this.vraag = vraag; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
    }

    /** Deskundige toewijzen: the deskundige asked to advise. */
    public static class Deskundige {
        @NotNull(message = "{tlv.case.deskundige.required}")
        private UUID deskundigeId;

        public UUID getDeskundigeId() { return deskundigeId; }
        public void setDeskundigeId(UUID deskundigeId) { this.deskundigeId = deskundigeId; }
    }

    /** Bijlage toevoegen: the file and the two facts the service records with it. */
    public static class Bijlage {
        private MultipartFile bestand;
        private boolean toestemmingOuders;
        private boolean gezondheidsgegevens;

        public MultipartFile getBestand() { return bestand; }
        public void setBestand(MultipartFile bestand) { this.bestand = bestand; }
        public boolean isToestemmingOuders() { return toestemmingOuders; }
        public void setToestemmingOuders(boolean v) { this.toestemmingOuders = v; }
        public boolean isGezondheidsgegevens() { return gezondheidsgegevens; }
        public void setGezondheidsgegevens(boolean v) { this.gezondheidsgegevens = v; }
    }
}
