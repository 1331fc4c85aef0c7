package org.openhealth.chemoeducation.rendering;

import java.util.Calendar;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleDate;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Wraps values for templates as Magnolia's FreeMarker setup does for the module's needs: JCR dates
 * ({@link Calendar}) become FreeMarker date-times, so {@code content.lastReviewed?date} works.
 */
final class PreviewObjectWrapper extends DefaultObjectWrapper {

    PreviewObjectWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof Calendar calendar) {
            return new SimpleDate(calendar.getTime(), TemplateDateModel.DATETIME);
        }
        return super.wrap(object);
    }
}
