package org.iom.americas.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Optional;

/** A class of a module's {@code entity} or {@code control} package is used by that module only. */
final class InternalToItsModule extends ArchCondition<JavaClass> {

    private final String[] modules;

    InternalToItsModule(String... modules) {
        super("be used only by their own module");
        this.modules = modules;
    }

    @Override
    public void check(JavaClass internal, ConditionEvents events) {
        Optional<String> owner = moduleOf(internal.getPackageName());
        for (Dependency use : internal.getDirectDependenciesToSelf()) {
            Optional<String> user = moduleOf(use.getOriginClass().getPackageName());
            if (!user.equals(owner)) {
                events.add(SimpleConditionEvent.violated(use, use.getDescription()));
            }
        }
    }

    private Optional<String> moduleOf(String packageName) {
        return Arrays.stream(modules)
                .filter(module -> packageName.startsWith("org.iom.americas." + module))
                .findFirst();
    }
}
