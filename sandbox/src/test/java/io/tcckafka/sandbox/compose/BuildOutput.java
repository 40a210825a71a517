package io.tcckafka.sandbox.compose;

import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The executable jar that {@code ./mvnw package} makes of a module, named as its pom.xml says. */
final class BuildOutput {

    private BuildOutput() {
    }

    /** {@code <module>/target/<finalName or artifactId-version>[-<classifier>].jar}, relative to the project. */
    static String executableJar(Path projectDir, String module) {
        Element project = parse(projectDir.resolve(module).resolve("pom.xml")).getDocumentElement();
        String version = childText(project, "version");
        if (version == null) {
            version = childText(child(project, "parent"), "version");
        }
        Element build = child(project, "build");
        String finalName = build == null ? null : childText(build, "finalName");
        String name = finalName != null ? finalName : childText(project, "artifactId") + "-" + version;
        String classifier = bootPluginClassifier(build);
        return module + "/target/" + name + (classifier == null ? "" : "-" + classifier) + ".jar";
    }

    private static String bootPluginClassifier(Element build) {
        Element plugins = build == null ? null : child(build, "plugins");
        if (plugins == null) {
            return null;
        }
        NodeList list = plugins.getElementsByTagName("plugin");
        for (int i = 0; i < list.getLength(); i++) {
            Element plugin = (Element) list.item(i);
            if ("spring-boot-maven-plugin".equals(childText(plugin, "artifactId"))) {
                Element configuration = child(plugin, "configuration");
                return configuration == null ? null : childText(configuration, "classifier");
            }
        }
        return null;
    }

    private static Document parse(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }
}
