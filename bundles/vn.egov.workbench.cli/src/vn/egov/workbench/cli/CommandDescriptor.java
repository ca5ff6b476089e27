package vn.egov.workbench.cli;

/**
 * A command as contributed, before its class is created.
 *
 * @param name the word typed after ./workbench
 * @param usage one line of synopsis
 * @param description one sentence, in the user's language
 * @param contributor the symbolic name of the contributing plug-in
 */
public record CommandDescriptor(String name, String usage, String description, String contributor) {
}
