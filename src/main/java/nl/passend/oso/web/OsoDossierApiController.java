package nl.passend.oso.web;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.tags.Tag;

import nl.passend.oso.OsoImport;
import nl.passend.oso.OsoImportService;
import nl.passend.oso.OsoPreview;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A school system posts an OSO ‘aanvraag SWV-dossier’ as XML: without {@code bevestig} the answer is the
 * preview (nothing stored); with {@code ?bevestig=true} the dossier is imported (201; 200 when this very
 * document was imported before). Refusals are RFC 9457 problems with the codes of the screen.
 */
@RestController
@RequestMapping("/api/v1/oso-dossiers")
@Tag(name = "OSO-dossiers", description = "Invoer van een OSO aanvraag SWV-dossier (XML)")
class OsoDossierApiController {

    private final OsoImportService imports;

    OsoDossierApiController(OsoImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    ResponseEntity<?> post(InputStream xml, @RequestParam(defaultValue = "false") boolean bevestig) throws IOException {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        byte[] body = read(xml);
        if (!bevestig) {
            OsoPreview preview = imports.preview(user, body);
            return ResponseEntity.ok(preview);
        }
        OsoImport result = imports.importeer(user, body);
        return ResponseEntity.status(result.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }

    /** The body, read no further than one byte past the limit: a larger dossier is refused, never buffered whole. */
    static byte[] read(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        byte[] body = in.readNBytes(OsoImportService.MAX_XML_BYTES + 1);
        if (body.length > OsoImportService.MAX_XML_BYTES) {
            throw new PassendException.RuleViolation("oso-te-groot");
        }
        return body;
    }
}
