package org.restock.archfixtures.domain.events;

public interface EventHandler<E> {

    void handle(E event);
}
