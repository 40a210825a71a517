package io.tcckafka.sandbox.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a single-stage Dockerfile makes of its build arguments: the base image, the files it copies, the
 * environment and user the container runs with, and whether it has a health check.
 */
record Dockerfile(String from, List<String> copiedSources, Map<String, String> environment, String user,
        boolean healthcheck) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::-([^}]*))?}|\\$(\\w+)");

    static Dockerfile read(Path file, Map<String, String> buildArgs) {
        Map<String, String> variables = new LinkedHashMap<>();
        Map<String, String> environment = new LinkedHashMap<>();
        List<String> copied = new ArrayList<>();
        String from = null;
        String user = "root";
        boolean healthcheck = false;
        for (String line : instructions(file)) {
            String keyword = line.split("\\s+", 2)[0].toUpperCase();
            String rest = line.substring(keyword.length()).trim();
            switch (keyword) {
                case "FROM" -> from = rest;
                case "ARG" -> {
                    String[] arg = rest.split("=", 2);
                    variables.put(arg[0], buildArgs.getOrDefault(arg[0], arg.length > 1 ? arg[1] : ""));
                }
                case "ENV" -> {
                    String[] env = rest.split("=", 2);
                    String value = substitute(env[1], variables);
                    environment.put(env[0], value);
                    variables.put(env[0], value);
                }
                case "COPY" -> {
                    List<String> words = Arrays.stream(rest.split("\\s+")).filter(w -> !w.startsWith("--")).toList();
                    words.subList(0, words.size() - 1).forEach(source -> copied.add(substitute(source, variables)));
                }
                case "USER" -> user = substitute(rest, variables);
                case "HEALTHCHECK" -> healthcheck = !rest.equalsIgnoreCase("NONE");
                default -> {
                }
            }
        }
        return new Dockerfile(from, copied, environment, user, healthcheck);
    }

    boolean runsAsRoot() {
        return user.equals("root") || user.equals("0") || user.startsWith("0:") || user.startsWith("root:");
    }

    /** The instructions, continuation lines joined, comments and blank lines left out. */
    private static List<String> instructions(Path file) {
        try {
            String joined = Files.readString(file).replaceAll("\\\\\\r?\\n", " ");
            return joined.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String substitute(String text, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            String fallback = matcher.group(2) != null ? matcher.group(2) : "";
            String value = variables.getOrDefault(name, "");
            matcher.appendReplacement(result, Matcher.quoteReplacement(value.isEmpty() ? fallback : value));
        }
        return matcher.appendTail(result).toString();
    }
}
