package org.openhealth.chemoeducation.rendering;

import java.util.ArrayList;
import java.util.List;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.SimpleScalar;
import freemarker.template.utility.DeepUnwrap;

/**
 * The {@code i18n} object of templates: {@code i18n['chemo.key']} and {@code i18n.get('chemo.key', [arg])}.
 * https://docs.magnolia-cms.com/product-docs/Developing/Templating/Template-scripts/Rendering-context-objects
 */
final class I18nModel implements TemplateHashModel {

    private final Messages messages;
    private final String language;

    I18nModel(Messages messages, String language) {
        this.messages = messages;
        this.language = language;
    }

    @Override
    public TemplateModel get(String key) {
        if ("get".equals(key)) {
            return (TemplateMethodModelEx) this::call;
        }
        return new SimpleScalar(messages.get(language, key));
    }

    private Object call(List<?> arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("i18n.get needs a key");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
        List<Object> values = new ArrayList<>();
        for (int i = 1; i < arguments.size(); i++) {
            Object value = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
            if (value instanceof List<?> list) {
                values.addAll(list);
            } else if (value instanceof Object[] array) {
                values.addAll(List.of(array));
            } else {
                values.add(value);
            }
        }
        return new SimpleScalar(messages.format(language, key, values));
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
