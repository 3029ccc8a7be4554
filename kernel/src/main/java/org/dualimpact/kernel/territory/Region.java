package org.dualimpact.kernel.territory;

/**
 * An English region or a nation (ONS GSS code {@code E12……}, {@code W92……}, {@code S92……},
 * {@code N92……}).
 */
public record Region(String code, String name, String nation) {

    public Region {
        code = Codes.requireGss(code, "region code");
        name = Codes.requireText(name, "region name", 100);
        nation = Codes.requireText(nation, "nation", 40);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
