package org.restock.domain.handling;

import org.restock.domain.testing.InMemoryHandlingRequests;

class InMemoryHandlingRequestsTest extends HandlingRequestsContract {

    @Override
    protected HandlingRequests requests() {
        return new InMemoryHandlingRequests();
    }
}
