package vn.egov.workbench.architecture.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.edit.kinds.ElementKindsAdapterFactory;
import vn.egov.workbench.architecture.model.kinds.ElementKinds;
import vn.egov.workbench.extensions.ContributionFaults;
import vn.egov.workbench.extensions.Contributions;

/**
 * The generic item providers of a contributed kind (a dynamic EPackage, contributed in fragment.xml with an adapter
 * factory that cannot be created): the base kind's behaviour with the contribution's name.
 */
class GenericItemProvidersTest {

    private static EClass sensor;
    private static EAttribute range;
    private ComposedAdapterFactory factory;

    @BeforeAll
    static void registerPackage() {
        EPackage p = EcoreFactory.eINSTANCE.createEPackage();
        p.setName("edittest");
        p.setNsPrefix("edittest");
        p.setNsURI("urn:egov-test:edit");
        sensor = EcoreFactory.eINSTANCE.createEClass();
        sensor.setName("Sensor");
        sensor.getESuperTypes().add(Literals.INFRASTRUCTURE);
        range = EcoreFactory.eINSTANCE.createEAttribute();
        range.setName("range");
        range.setEType(EcorePackage.Literals.EINT);
        sensor.getEStructuralFeatures().add(range);
        p.getEClassifiers().add(sensor);
        EPackage.Registry.INSTANCE.put(p.getNsURI(), p);
    }

    @BeforeEach
    void compose() {
        factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        ElementKindsAdapterFactory.install(factory,
                ElementKinds.of(Contributions.elements(ElementKinds.EXTENSION_POINT)));
    }

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void theKindGetsItsNameTheBaseIconAndARowPerAddedAttribute() {
        Element s = (Element) EcoreUtil.create(sensor);
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(s, IItemLabelProvider.class);
        assertEquals("Test sensor", labels.getText(s));
        s.setName("Trạm quan trắc");
        assertEquals("Test sensor Trạm quan trắc", labels.getText(s));
        Element infrastructure = ArchitectureFactory.eINSTANCE.createInfrastructure();
        Object baseIcon = ((IItemLabelProvider) factory.adapt(infrastructure, IItemLabelProvider.class))
                .getImage(infrastructure);
        assertEquals(String.valueOf(baseIcon), String.valueOf(labels.getImage(s)), "no icon given: the base kind's");

        IItemPropertySource source = (IItemPropertySource) factory.adapt(s, IItemPropertySource.class);
        List<IItemPropertyDescriptor> rows = source.getPropertyDescriptors(s);
        List<Object> features = rows.stream().map(d -> d.getFeature(s)).toList();
        assertTrue(features.contains(range) && features.contains(Literals.NAMED_ELEMENT__NAME)
                && features.contains(Literals.ELEMENT__OWNER), features.toString());
        IItemPropertyDescriptor rangeRow = rows.get(features.indexOf(range));
        assertEquals("range", rangeRow.getDisplayName(s), "no label in the plug-in: the attribute's name");
        rangeRow.setPropertyValue(s, 250);
        assertEquals(250, s.eGet(range));
    }

    @Test
    void changesReachTheViewersAndTheFolderCanHoldTheKind() {
        Folder folder = ArchitectureFactory.eINSTANCE.createFolder();
        Element s = (Element) EcoreUtil.create(sensor);
        folder.getItems().add(s);
        List<Notification> seen = new ArrayList<>();
        factory.addListener(seen::add);
        factory.adapt(s, IItemLabelProvider.class);
        s.setName("Cảm biến");
        s.eSet(range, 10);
        assertEquals(2, seen.size(), seen.toString());
        assertTrue(seen.stream().allMatch(n -> n.getNotifier() == s));
        assertEquals(ArchitecturePackage.Literals.FOLDER__ITEMS, s.eContainingFeature());
    }

    @Test
    void anAdapterFactoryThatCannotBeCreatedIsReportedOnceAndTheGenericOnesAreUsed() {
        compose(); // a second session: the fault is not reported again
        long faults = ContributionFaults.getDefault().of(ElementKinds.EXTENSION_POINT).stream()
                .filter(f -> f.contributor().equals("vn.egov.workbench.architecture.model.edit.tests")
                        && f.message().contains("vn.egov.workbench.no.such.AdapterFactory"))
                .count();
        assertEquals(1, faults, ContributionFaults.getDefault().all().toString());
        Element s = (Element) EcoreUtil.create(sensor);
        assertEquals("Test sensor", ((IItemLabelProvider) factory.adapt(s, IItemLabelProvider.class)).getText(s));
    }
}
