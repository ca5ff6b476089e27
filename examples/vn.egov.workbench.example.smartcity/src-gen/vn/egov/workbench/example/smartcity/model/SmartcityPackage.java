/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/smartcity.ecore.
 */
package vn.egov.workbench.example.smartcity.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import vn.egov.workbench.architecture.model.ArchitecturePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Element kinds of the smart-city example plug-in, derived from the workbench's architecture metamodel
 * (contributed through vn.egov.workbench.architecture.model.elementKinds, see docs/plugin-guide.md).
 * <!-- end-model-doc -->
 * @see vn.egov.workbench.example.smartcity.model.SmartcityFactory
 * @model kind="package"
 * @generated
 */
public interface SmartcityPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://egov.vn/workbench/example/smartcity/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "smartcity";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SmartcityPackage eINSTANCE = vn.egov.workbench.example.smartcity.model.impl.SmartcityPackageImpl.init();

	/**
	 * The meta object id for the '{@link vn.egov.workbench.example.smartcity.model.impl.IoTPlatformImpl <em>Io TPlatform</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.example.smartcity.model.impl.IoTPlatformImpl
	 * @see vn.egov.workbench.example.smartcity.model.impl.SmartcityPackageImpl#getIoTPlatform()
	 * @generated
	 */
	int IO_TPLATFORM = 0;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__PROPERTIES = ArchitecturePackage.APPLICATION__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__ID = ArchitecturePackage.APPLICATION__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__NAME = ArchitecturePackage.APPLICATION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__DESCRIPTION = ArchitecturePackage.APPLICATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__CODE = ArchitecturePackage.APPLICATION__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__LIFECYCLE_STATUS = ArchitecturePackage.APPLICATION__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__REFERENCE_MODEL_CODE = ArchitecturePackage.APPLICATION__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__OWNER = ArchitecturePackage.APPLICATION__OWNER;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__SCOPE = ArchitecturePackage.APPLICATION__SCOPE;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__VENDOR = ArchitecturePackage.APPLICATION__VENDOR;

	/**
	 * The feature id for the '<em><b>Ownership</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__OWNERSHIP = ArchitecturePackage.APPLICATION__OWNERSHIP;

	/**
	 * The feature id for the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__SECURITY_LEVEL = ArchitecturePackage.APPLICATION__SECURITY_LEVEL;

	/**
	 * The feature id for the '<em><b>Lgsp Integrated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__LGSP_INTEGRATED = ArchitecturePackage.APPLICATION__LGSP_INTEGRATED;

	/**
	 * The feature id for the '<em><b>User Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__USER_COUNT = ArchitecturePackage.APPLICATION__USER_COUNT;

	/**
	 * The feature id for the '<em><b>Sensor Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__SENSOR_COUNT = ArchitecturePackage.APPLICATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM__PROTOCOL = ArchitecturePackage.APPLICATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Io TPlatform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM_FEATURE_COUNT = ArchitecturePackage.APPLICATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Io TPlatform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_TPLATFORM_OPERATION_COUNT = ArchitecturePackage.APPLICATION_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.example.smartcity.model.IoTPlatform <em>Io TPlatform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Io TPlatform</em>'.
	 * @see vn.egov.workbench.example.smartcity.model.IoTPlatform
	 * @generated
	 */
	EClass getIoTPlatform();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.example.smartcity.model.IoTPlatform#getSensorCount <em>Sensor Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sensor Count</em>'.
	 * @see vn.egov.workbench.example.smartcity.model.IoTPlatform#getSensorCount()
	 * @see #getIoTPlatform()
	 * @generated
	 */
	EAttribute getIoTPlatform_SensorCount();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.example.smartcity.model.IoTPlatform#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see vn.egov.workbench.example.smartcity.model.IoTPlatform#getProtocol()
	 * @see #getIoTPlatform()
	 * @generated
	 */
	EAttribute getIoTPlatform_Protocol();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SmartcityFactory getSmartcityFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link vn.egov.workbench.example.smartcity.model.impl.IoTPlatformImpl <em>Io TPlatform</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.example.smartcity.model.impl.IoTPlatformImpl
		 * @see vn.egov.workbench.example.smartcity.model.impl.SmartcityPackageImpl#getIoTPlatform()
		 * @generated
		 */
		EClass IO_TPLATFORM = eINSTANCE.getIoTPlatform();

		/**
		 * The meta object literal for the '<em><b>Sensor Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_TPLATFORM__SENSOR_COUNT = eINSTANCE.getIoTPlatform_SensorCount();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_TPLATFORM__PROTOCOL = eINSTANCE.getIoTPlatform_Protocol();

	}

} //SmartcityPackage
