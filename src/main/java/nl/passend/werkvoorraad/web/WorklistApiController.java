package nl.passend.werkvoorraad.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import nl.passend.shared.security.CurrentUsers;
import nl.passend.werkvoorraad.WorklistItem;
import nl.passend.werkvoorraad.WorklistService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's werkvoorraad as JSON: the same items, order and rules as the screen. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Werkvoorraad", description = "Open stappen van de aanroeper, met uiterste datum en signaal")
class WorklistApiController {

    private final WorklistService worklist;

    WorklistApiController(WorklistService worklist) {
        this.worklist = worklist;
    }

    @GetMapping("/werkvoorraad")
    List<WorklistItem> werkvoorraad() {
        return worklist.worklist(CurrentUsers.find().orElseThrow());
    }
}
