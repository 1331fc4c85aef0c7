package org.openhealth.chemoeducation.jcr;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.jcr.Session;

/** One JCR session per workspace, opened on first use and logged out together; not thread-safe. */
public final class Sessions implements AutoCloseable {

    private final PreviewRepository repository;
    private final Map<String, Session> open = new LinkedHashMap<>();

    public Sessions(PreviewRepository repository) {
        this.repository = repository;
    }

    /** The session of a workspace. */
    public Session get(String workspace) {
        return open.computeIfAbsent(workspace, repository::login);
    }

    /** Whether the repository has that workspace. */
    public boolean hasWorkspace(String workspace) {
        return repository.workspaces().contains(workspace);
    }

    /** All sessions opened so far. */
    public Iterable<Session> opened() {
        return open.values();
    }

    @Override
    public void close() {
        open.values().forEach(Session::logout);
        open.clear();
    }
}
