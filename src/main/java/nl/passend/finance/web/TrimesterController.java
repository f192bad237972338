package nl.passend.finance.web;

import nl.passend.finance.Trimesterparagraaf;
import nl.passend.finance.TrimesterService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The financial paragraph of a trimester report, on screen and as PDF. */
@Controller
class TrimesterController {

    private final TrimesterService trimesters;

    TrimesterController(TrimesterService trimesters) {
        this.trimesters = trimesters;
    }

    @GetMapping("/financien/trimester/{jaar}/{trimester:[0-9]+}")
    String show(@PathVariable int jaar, @PathVariable int trimester, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        model.addAttribute("p", trimesters.paragraaf(user, jaar, trimester));
        return "finance/reports/trimester";
    }

    @GetMapping("/financien/trimester/{jaar}/{trimester:[0-9]+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int jaar, @PathVariable int trimester) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Trimesterparagraaf p = trimesters.paragraaf(user, jaar, trimester);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("financieel-trimester-" + jaar + "-T" + trimester + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(trimesters.pdf(user, p));
    }
}
