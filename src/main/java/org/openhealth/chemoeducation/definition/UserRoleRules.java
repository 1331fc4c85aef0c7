package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 11, roles: {@code bootstrap/data/userroles.<role>.yaml}, Magnolia's JCR export of a role, and the roles the
 * apps are given to. A role file holds one {@code mgnl:role} node whose children are {@code acl_<workspace>} nodes
 * for a workspace of this module (or {@code acl_uri} for URLs); each ACL entry has a {@code path} that starts with
 * {@code /} and {@code permissions} 0 (deny), 8 (read) or 63 (read/write). Every app names in
 * {@code permissions.roles} only roles the module ships, or {@code superuser}, so that no one else sees it.
 * Roles and ACLs: https://docs.magnolia-cms.com/product-docs/administration/IAM/Roles-groups-and-users ·
 * app permissions: https://docs.magnolia-cms.com/product-docs/administration/iam/app-permissions
 */
final class UserRoleRules {

    /** The workspace Magnolia keeps roles in. */
    static final String WORKSPACE = "userroles";

    /** ACL permission values: deny, read, read/write (for {@code acl_uri}: deny, GET, GET and POST). */
    static final Map<Long, String> PERMISSIONS = Map.of(0L, "deny", 8L, "read", 63L, "read/write");

    /** Roles every Magnolia has that an app may name besides the module's own. */
    static final Set<String> MAGNOLIA_ROLES = Set.of("superuser");

    private static final Pattern ACL = Pattern.compile("acl_(.+)");
    private static final String URI = "uri";
    private static final String PRIMARY_TYPE = "jcr:primaryType";

    private UserRoleRules() {
    }

    /** The module's role files, and the roles its apps name. */
    static void check(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        Set<String> roles = new LinkedHashSet<>();
        for (Path path : files.under(BootstrapFolders.DATA, ".yaml")) {
            if (!path.getFileName().toString().startsWith(WORKSPACE + ".")) {
                continue;
            }
            String file = files.name(path);
            files.yaml(path).ifPresent(root -> problems.guard(file, () -> {
                ContentFile content = ContentFile.of(file, root);
                roles.add(content.nodeName());
                role(index, content, problems);
            }));
        }
        files.eachYaml("apps", problems, (path, file, app) -> appRoles(file, app, roles, problems));
    }

    /** Role files among other content files (a hospital's exports). */
    static void checkContent(ModuleIndex index, List<ContentFile> contents, Problems problems) {
        for (ContentFile content : contents) {
            if (WORKSPACE.equals(content.workspace())) {
                problems.guard(content.file(), () -> role(index, content, problems));
            }
        }
    }

    private static void role(ModuleIndex index, ContentFile content, Problems problems) {
        String file = content.file();
        YamlSource role = content.node();
        if (!"/".equals(content.parentPath())) {
            problems.add(file, content.line(), "a role sits at the root of the userroles workspace, not under "
                    + content.parentPath());
        }
        nodeType(file, content.nodeName(), role, "mgnl:role", problems);
        for (Map.Entry<String, Object> entry : role.entrySet()) {
            String name = entry.getKey();
            if (!(entry.getValue() instanceof YamlSource acl)) {
                continue;
            }
            int line = role.lineOf(name);
            Matcher m = ACL.matcher(name);
            if (!m.matches()) {
                problems.add(file, line, "child node '" + name + "' of role '" + content.nodeName()
                        + "' is not an ACL; a role holds acl_<workspace> and acl_uri nodes");
                continue;
            }
            String workspace = m.group(1);
            if (!URI.equals(workspace) && !index.isKnownWorkspace(workspace)) {
                problems.add(file, line, name + " names no workspace of this module (" + String.join(", ",
                        index.workspaces()) + ") and is not acl_uri");
            }
            nodeType(file, name, acl, "mgnl:contentNode", problems);
            entries(file, name, acl, problems);
        }
    }

    private static void entries(String file, String aclName, YamlSource acl, Problems problems) {
        for (Map.Entry<String, Object> entry : acl.entrySet()) {
            if (!(entry.getValue() instanceof YamlSource permission)) {
                continue;
            }
            String where = aclName + "/" + entry.getKey();
            int line = acl.lineOf(entry.getKey());
            nodeType(file, where, permission, "mgnl:contentNode", problems);
            Object path = permission.get("path");
            if (path == null) {
                problems.add(file, line, where + " has no 'path'");
            } else if (!(path instanceof String text) || !text.startsWith("/")) {
                problems.add(file, permission.lineOf("path"), where + " path " + Values.show(path)
                        + " must start with '/' (/ the root, /* everything below it)");
            }
            Object permissions = permission.get("permissions");
            if (permissions == null) {
                problems.add(file, line, where + " has no 'permissions'");
            } else if (!Values.integer(permissions).map(PERMISSIONS::containsKey).orElse(false)) {
                problems.add(file, permission.lineOf("permissions"), where + " permissions " + Values.show(permissions)
                        + " must be 0 (deny), 8 (read) or 63 (read/write)");
            }
        }
    }

    private static void nodeType(String file, String name, YamlSource node, String expected, Problems problems) {
        Object type = node.get(PRIMARY_TYPE);
        if (!expected.equals(type)) {
            problems.add(file, node.lineOf(PRIMARY_TYPE), "node '" + name + "' must be a " + expected + ", not "
                    + Values.show(type));
        }
    }

    private static void appRoles(String file, YamlSource app, Set<String> roles, Problems problems) {
        Optional<YamlSource> permissions = Values.map(app.get("permissions"));
        Object names = permissions.map(p -> p.get("roles")).orElse(null);
        int line = permissions.map(p -> p.lineOf("roles")).orElse(app.line());
        if (names == null) {
            problems.add(file, line, "permissions.roles is missing: every user of AdminCentral would see the app;"
                    + " name the roles that may use it (" + String.join(", ", known(roles)) + ")");
            return;
        }
        List<?> list = names instanceof YamlSource map ? new ArrayList<>(map.values())
                : Values.list(names).orElse(null);
        if (list == null || list.isEmpty()) {
            problems.add(file, line, "permissions.roles must list role names");
            return;
        }
        for (Object role : list) {
            if (!(role instanceof String name) || !known(roles).contains(name)) {
                problems.add(file, line, "permissions.roles names " + Values.show(role) + ", which is neither a role"
                        + " of this module (bootstrap/data/userroles.<role>.yaml) nor one of " + MAGNOLIA_ROLES);
            }
        }
    }

    private static List<String> known(Set<String> roles) {
        List<String> known = new ArrayList<>(roles);
        known.addAll(MAGNOLIA_ROLES);
        return known;
    }
}
