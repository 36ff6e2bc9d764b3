package org.policydesk.config;

/** A setting has a value that cannot work; the message names the setting. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}
