/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/smartcity.ecore.
 */
package vn.egov.workbench.example.smartcity.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import vn.egov.workbench.architecture.model.ArchitecturePackage;

import vn.egov.workbench.example.smartcity.model.IoTPlatform;
import vn.egov.workbench.example.smartcity.model.SmartcityFactory;
import vn.egov.workbench.example.smartcity.model.SmartcityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SmartcityPackageImpl extends EPackageImpl implements SmartcityPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ioTPlatformEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see vn.egov.workbench.example.smartcity.model.SmartcityPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SmartcityPackageImpl() {
		super(eNS_URI, SmartcityFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SmartcityPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SmartcityPackage init() {
		if (isInited) return (SmartcityPackage)EPackage.Registry.INSTANCE.getEPackage(SmartcityPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSmartcityPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SmartcityPackageImpl theSmartcityPackage = registeredSmartcityPackage instanceof SmartcityPackageImpl ? (SmartcityPackageImpl)registeredSmartcityPackage : new SmartcityPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		ArchitecturePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theSmartcityPackage.createPackageContents();

		// Initialize created meta-data
		theSmartcityPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSmartcityPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SmartcityPackage.eNS_URI, theSmartcityPackage);
		return theSmartcityPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIoTPlatform() {
		return ioTPlatformEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIoTPlatform_SensorCount() {
		return (EAttribute)ioTPlatformEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIoTPlatform_Protocol() {
		return (EAttribute)ioTPlatformEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmartcityFactory getSmartcityFactory() {
		return (SmartcityFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		ioTPlatformEClass = createEClass(IO_TPLATFORM);
		createEAttribute(ioTPlatformEClass, IO_TPLATFORM__SENSOR_COUNT);
		createEAttribute(ioTPlatformEClass, IO_TPLATFORM__PROTOCOL);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		ArchitecturePackage theArchitecturePackage = (ArchitecturePackage)EPackage.Registry.INSTANCE.getEPackage(ArchitecturePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		ioTPlatformEClass.getESuperTypes().add(theArchitecturePackage.getApplication());

		// Initialize classes, features, and operations; add parameters
		initEClass(ioTPlatformEClass, IoTPlatform.class, "IoTPlatform", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIoTPlatform_SensorCount(), ecorePackage.getEInt(), "sensorCount", "0", 0, 1, IoTPlatform.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIoTPlatform_Protocol(), ecorePackage.getEString(), "protocol", null, 0, 1, IoTPlatform.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);
	}

} //SmartcityPackageImpl
