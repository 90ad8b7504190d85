package org.iom.americas.web.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes the API's records in the OpenAPI document from their components, as JSON-B writes and reads them.
 * Payara's generator leaves records it meets only by name empty, and of the others it keeps only the components
 * with constraints; every body of this API is a record, so each named schema is completed here: its properties,
 * their types and formats, enums with their values, lists with their items, and nested records by reference.
 */
final class RecordSchemas {

    /** Where the records the API carries live; a schema's name is its record's simple name. */
    private static final List<String> PACKAGES = List.of("org.iom.americas.partners", "org.iom.americas.projects",
            "org.iom.americas.responses", "org.iom.americas.web.platform", "org.iom.americas.web.api", "org.iom.americas.web.imports",
            "org.iom.americas.kernel.money", "org.iom.americas.kernel.reference", "org.iom.americas.kernel.paging");

    private final Components components;
    private final java.util.Set<String> described = new java.util.HashSet<>();

    RecordSchemas(Components components) {
        this.components = components;
    }

    void describeAll() {
        if (components.getSchemas() == null) {
            return;
        }
        for (String name : new ArrayList<>(components.getSchemas().keySet())) {
            recordNamed(name).ifPresent(this::describe);
        }
    }

    /** The record's schema, completed in the components; returns its reference. */
    private String describe(Class<?> record) {
        String name = record.getSimpleName();
        if (!described.add(name)) {
            return "#/components/schemas/" + name;
        }
        Schema schema = components.getSchemas() == null ? null : components.getSchemas().get(name);
        if (schema == null) {
            schema = OASFactory.createSchema();
            components.addSchema(name, schema);
        }
        schema.type(Schema.SchemaType.OBJECT);
        Map<String, Schema> generated = schema.getProperties() == null ? Map.of() : Map.copyOf(schema.getProperties());
        schema.setProperties(new java.util.LinkedHashMap<>());
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = schemaOf(component.getGenericType());
            Schema constrained = generated.get(component.getName());
            if (constrained != null) {
                // keep what the generator read off the constraints (lengths, patterns, limits)
                property.maxLength(constrained.getMaxLength()).pattern(constrained.getPattern())
                        .maxItems(constrained.getMaxItems()).minimum(constrained.getMinimum())
                        .maximum(constrained.getMaximum());
            }
            schema.addProperty(component.getName(), property);
        }
        return "#/components/schemas/" + name;
    }

    private Schema schemaOf(Type type) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schemaOf(arguments[0]))
                        .uniqueItems(java.util.Set.class.isAssignableFrom(raw) ? Boolean.TRUE : null);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(schemaOf(arguments[1]));
            }
            return schemaOf(raw);
        }
        Class<?> plain = (Class<?>) type;
        if (plain == String.class) {
            return text();
        }
        if (plain == long.class || plain == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (plain == int.class || plain == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (plain == boolean.class || plain == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (plain == BigDecimal.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        if (plain == LocalDate.class) {
            return text().format("date");
        }
        if (plain == Instant.class) {
            return text().format("date-time");
        }
        if (plain.isEnum()) {
            return text().enumeration(Arrays.stream(plain.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name())
                    .toList());
        }
        if (plain.isRecord()) {
            return OASFactory.createSchema().ref(describe(plain));
        }
        if (jakarta.json.JsonObject.class.isAssignableFrom(plain)) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        }
        return text();
    }

    private static Optional<Class<?>> recordNamed(String name) {
        for (String pkg : PACKAGES) {
            try {
                Class<?> type = Class.forName(pkg + "." + name, false, RecordSchemas.class.getClassLoader());
                if (type.isRecord()) {
                    return Optional.of(type);
                }
            } catch (ClassNotFoundException elsewhere) {
                // try the next package
            }
        }
        return Optional.empty();
    }

    private static Schema text() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }
}
