package org.openhealth.chemoeducation.rendering;

import java.util.Calendar;
import java.util.Date;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

/**
 * Wraps values for templates as Magnolia's {@code MagnoliaObjectWrapper} does: a {@link DefaultObjectWrapper} of
 * FreeMarker 2.3.0 behaviour (Magnolia calls its no-argument constructor), except that
 * <ul>
 *   <li>a {@link ContentMap} is a hash that is also a string, its node's {@code @name} (Magnolia's
 *       {@code ContentMapModel}): {@code ${content}} prints the name and {@code content?has_content} is false for a
 *       node with an empty name, the workspace root, so templates test content maps with {@code ?is_hash};</li>
 *   <li>a {@link Calendar} is a date-time (Magnolia's {@code CalendarModel}): print a day with {@code ?date}, in the
 *       JVM's time zone.</li>
 * </ul>
 * Both give the original object back to Java methods. Source: Magnolia 5.0 core {@code freemarker/models/
 * MagnoliaObjectWrapper.java, ContentMapModel.java, CalendarModel.java}; docs/magnolia-sources.md §3, medium for
 * 6.3. Magnolia's {@code ContentMapModel} is also a {@code TemplateNodeModel}; the preview leaves that out (no template
 * uses {@code ?is_node} or {@code #recurse}).
 */
final class PreviewObjectWrapper extends DefaultObjectWrapper {

    @SuppressWarnings("deprecation")
    PreviewObjectWrapper() {
        super(Configuration.VERSION_2_3_0);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof ContentMap content) {
            return new ContentMapModel(content, this);
        }
        if (object instanceof Calendar calendar) {
            return new CalendarModel(calendar);
        }
        return super.wrap(object);
    }

    /** A content map in templates: a hash of its values and, as a string, its node's name. */
    static final class ContentMapModel implements TemplateHashModelEx, TemplateScalarModel, AdapterTemplateModel {

        private final ContentMap content;
        private final ObjectWrapper wrapper;

        ContentMapModel(ContentMap content, ObjectWrapper wrapper) {
            this.content = content;
            this.wrapper = wrapper;
        }

        @Override
        public String getAsString() {
            return (String) content.get("@name");
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            return wrapper.wrap(content.get(key));
        }

        @Override
        public boolean isEmpty() {
            return size() == 0;
        }

        @Override
        public int size() {
            return content.size();
        }

        @Override
        @SuppressWarnings("deprecation")
        public TemplateCollectionModel keys() {
            return new SimpleCollection(content.keySet().iterator());
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return (TemplateCollectionModel) wrapper.wrap(content.values().iterator());
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return content;
        }
    }

    /** A JCR date in templates: a date-time. */
    static final class CalendarModel implements TemplateDateModel, AdapterTemplateModel {

        private final Calendar calendar;

        CalendarModel(Calendar calendar) {
            this.calendar = calendar;
        }

        @Override
        public Date getAsDate() {
            return calendar.getTime();
        }

        @Override
        public int getDateType() {
            return TemplateDateModel.DATETIME;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return calendar;
        }
    }
}
