package nl.passend.tlv.web;

import java.nio.charset.StandardCharsets;

import nl.passend.tlv.BijlageContent;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file as a download: always an attachment (never shown inline), never cached. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> attachment(BijlageContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.bestandsnaam(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content.inhoud());
    }
}
