package nl.passend.organisation;

import java.util.List;
import java.util.UUID;

import nl.passend.shared.security.CurrentUser;

/**
 * The use cases a plain register entity offers (werkgebied, bestuur, gemeente): list, read, create
 * and update with its version. Each method checks its own permission.
 *
 * @param <T> the entity as read
 * @param <I> what a user enters for it
 */
public interface RegisterEntityService<T, I> {

    List<T> list(CurrentUser user);

    T get(CurrentUser user, UUID id);

    T create(CurrentUser user, I input);

    T update(CurrentUser user, UUID id, I input);
}
