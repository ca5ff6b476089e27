/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * Metamodel of a provincial e-government architecture (Kiến trúc Chính quyền điện tử cấp tỉnh).
 * 
 * The nsURI names this metamodel's own namespace; it is not the version of the national framework a model follows
 * (that is data: Architecture.frameworkVersion).
 * 
 * Defaults are part of the file format: EMF does not save a value equal to its default, so a default must never
 * change once files exist. Strings default to null (not stated) unless stated otherwise.
 * <!-- end-model-doc -->
 * @see vn.egov.workbench.architecture.model.ArchitectureFactory
 * @model kind="package"
 * @generated
 */
public interface ArchitecturePackage extends EPackage {
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
	String eNS_URI = "http://egov.vn/workbench/architecture/2.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "arch";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ArchitecturePackage eINSTANCE = vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl.init();

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.PropertiesHolderImpl <em>Properties Holder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.PropertiesHolderImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getPropertiesHolder()
	 * @generated
	 */
	int PROPERTIES_HOLDER = 0;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTIES_HOLDER__PROPERTIES = 0;

	/**
	 * The number of structural features of the '<em>Properties Holder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTIES_HOLDER_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Properties Holder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTIES_HOLDER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.PropertyImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ArchitectureObjectImpl <em>Object</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ArchitectureObjectImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getArchitectureObject()
	 * @generated
	 */
	int ARCHITECTURE_OBJECT = 2;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_OBJECT__PROPERTIES = PROPERTIES_HOLDER__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_OBJECT__ID = PROPERTIES_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_OBJECT_FEATURE_COUNT = PROPERTIES_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_OBJECT_OPERATION_COUNT = PROPERTIES_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.NamedElementImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 3;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__PROPERTIES = ARCHITECTURE_OBJECT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = ARCHITECTURE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = ARCHITECTURE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = ARCHITECTURE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__CODE = ARCHITECTURE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = ARCHITECTURE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = ARCHITECTURE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl <em>Architecture</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ArchitectureImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 4;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__CODE = NAMED_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Province</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__PROVINCE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Framework Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__FRAMEWORK_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Approving Decision Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__APPROVING_DECISION_NUMBER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Approving Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__APPROVING_DECISION_DATE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__PERIOD_FROM = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Period To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__PERIOD_TO = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__FORMAT_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Disabled Rules</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__DISABLED_RULES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__FOLDERS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Architecture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Architecture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.FolderImpl <em>Folder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.FolderImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getFolder()
	 * @generated
	 */
	int FOLDER = 5;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__CODE = NAMED_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Folder Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__FOLDER_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__FOLDERS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__ITEMS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.FolderItemImpl <em>Folder Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.FolderItemImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getFolderItem()
	 * @generated
	 */
	int FOLDER_ITEM = 6;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_ITEM__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_ITEM__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_ITEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_ITEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_ITEM__CODE = NAMED_ELEMENT__CODE;

	/**
	 * The number of structural features of the '<em>Folder Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_ITEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Folder Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_ITEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ElementImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 7;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__PROPERTIES = FOLDER_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = FOLDER_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = FOLDER_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DESCRIPTION = FOLDER_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__CODE = FOLDER_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__LIFECYCLE_STATUS = FOLDER_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__REFERENCE_MODEL_CODE = FOLDER_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__OWNER = FOLDER_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = FOLDER_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = FOLDER_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.StakeholderImpl <em>Stakeholder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.StakeholderImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getStakeholder()
	 * @generated
	 */
	int STAKEHOLDER = 8;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Stakeholder Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__STAKEHOLDER_TYPE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Stakeholder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Stakeholder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.OrganisationUnitImpl <em>Organisation Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.OrganisationUnitImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getOrganisationUnit()
	 * @generated
	 */
	int ORGANISATION_UNIT = 9;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__LEVEL = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__PARENT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Organisation Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Organisation Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.AccessChannelImpl <em>Access Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.AccessChannelImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getAccessChannel()
	 * @generated
	 */
	int ACCESS_CHANNEL = 10;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Channel Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL__CHANNEL_TYPE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Access Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Access Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_CHANNEL_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl <em>Administrative Procedure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getAdministrativeProcedure()
	 * @generated
	 */
	int ADMINISTRATIVE_PROCEDURE = 11;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>National Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__NATIONAL_CODE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__SECTOR = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Government Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__GOVERNMENT_LEVEL = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Online Service Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__ONLINE_SERVICE_LEVEL = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Time Limit Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__TIME_LIMIT_DAYS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Fee Vnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__FEE_VND = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Handling Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE__HANDLING_UNIT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Administrative Procedure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Administrative Procedure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_PROCEDURE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.BusinessFunctionImpl <em>Business Function</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.BusinessFunctionImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getBusinessFunction()
	 * @generated
	 */
	int BUSINESS_FUNCTION = 12;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_FUNCTION__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_FUNCTION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_FUNCTION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_FUNCTION__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_FUNCTION__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_FUNCTION__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_FUNCTION__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_FUNCTION__OWNER = ELEMENT__OWNER;

	/**
	 * The number of structural features of the '<em>Business Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_FUNCTION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Business Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_FUNCTION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.BusinessProcessImpl <em>Business Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.BusinessProcessImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getBusinessProcess()
	 * @generated
	 */
	int BUSINESS_PROCESS = 13;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_PROCESS__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_PROCESS__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_PROCESS__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_PROCESS__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_PROCESS__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_PROCESS__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_PROCESS__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_PROCESS__OWNER = ELEMENT__OWNER;

	/**
	 * The number of structural features of the '<em>Business Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_PROCESS_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Business Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_PROCESS_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ApplicationImpl <em>Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ApplicationImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getApplication()
	 * @generated
	 */
	int APPLICATION = 14;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__SCOPE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__VENDOR = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ownership</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__OWNERSHIP = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__SECURITY_LEVEL = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Lgsp Integrated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__LGSP_INTEGRATED = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>User Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__USER_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.PortalImpl <em>Portal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.PortalImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getPortal()
	 * @generated
	 */
	int PORTAL = 15;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__PROPERTIES = APPLICATION__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__ID = APPLICATION__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__NAME = APPLICATION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__DESCRIPTION = APPLICATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__CODE = APPLICATION__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__LIFECYCLE_STATUS = APPLICATION__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__REFERENCE_MODEL_CODE = APPLICATION__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__OWNER = APPLICATION__OWNER;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__SCOPE = APPLICATION__SCOPE;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__VENDOR = APPLICATION__VENDOR;

	/**
	 * The feature id for the '<em><b>Ownership</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__OWNERSHIP = APPLICATION__OWNERSHIP;

	/**
	 * The feature id for the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__SECURITY_LEVEL = APPLICATION__SECURITY_LEVEL;

	/**
	 * The feature id for the '<em><b>Lgsp Integrated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__LGSP_INTEGRATED = APPLICATION__LGSP_INTEGRATED;

	/**
	 * The feature id for the '<em><b>User Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__USER_COUNT = APPLICATION__USER_COUNT;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__URL = APPLICATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Portal Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL__PORTAL_TYPE = APPLICATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Portal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL_FEATURE_COUNT = APPLICATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Portal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTAL_OPERATION_COUNT = APPLICATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.DatabaseImpl <em>Database</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.DatabaseImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDatabase()
	 * @generated
	 */
	int DATABASE = 16;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Dbms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__DBMS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Database</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Database</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.DataEntityImpl <em>Data Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.DataEntityImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDataEntity()
	 * @generated
	 */
	int DATA_ENTITY = 17;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Database</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY__DATABASE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Personal Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY__PERSONAL_DATA = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Data Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Data Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ENTITY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ReferenceDataImpl <em>Reference Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ReferenceDataImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getReferenceData()
	 * @generated
	 */
	int REFERENCE_DATA = 18;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__PROPERTIES = DATA_ENTITY__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__ID = DATA_ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__NAME = DATA_ENTITY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__DESCRIPTION = DATA_ENTITY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__CODE = DATA_ENTITY__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__LIFECYCLE_STATUS = DATA_ENTITY__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__REFERENCE_MODEL_CODE = DATA_ENTITY__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__OWNER = DATA_ENTITY__OWNER;

	/**
	 * The feature id for the '<em><b>Database</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__DATABASE = DATA_ENTITY__DATABASE;

	/**
	 * The feature id for the '<em><b>Personal Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__PERSONAL_DATA = DATA_ENTITY__PERSONAL_DATA;

	/**
	 * The number of structural features of the '<em>Reference Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA_FEATURE_COUNT = DATA_ENTITY_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Reference Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA_OPERATION_COUNT = DATA_ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.IntegrationPlatformImpl <em>Integration Platform</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.IntegrationPlatformImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getIntegrationPlatform()
	 * @generated
	 */
	int INTEGRATION_PLATFORM = 19;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Platform Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM__PLATFORM_KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Integration Platform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Integration Platform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_PLATFORM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.IntegrationServiceImpl <em>Integration Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.IntegrationServiceImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getIntegrationService()
	 * @generated
	 */
	int INTEGRATION_SERVICE = 20;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE__ENDPOINT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Platform</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE__PLATFORM = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Integration Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Integration Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_SERVICE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.InfrastructureImpl <em>Infrastructure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.InfrastructureImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getInfrastructure()
	 * @generated
	 */
	int INFRASTRUCTURE = 21;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Infra Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE__INFRA_TYPE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ipv6 Ready</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE__IPV6_READY = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Infrastructure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Infrastructure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.SecurityControlImpl <em>Security Control</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.SecurityControlImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getSecurityControl()
	 * @generated
	 */
	int SECURITY_CONTROL = 22;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL__LAYER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Security Control</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Security Control</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_CONTROL_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.RegulationImpl <em>Regulation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.RegulationImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getRegulation()
	 * @generated
	 */
	int REGULATION = 23;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__NUMBER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Issue Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__ISSUE_DATE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__ISSUER = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Regulation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Regulation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.PolicyImpl <em>Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.PolicyImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getPolicy()
	 * @generated
	 */
	int POLICY = 24;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__PROPERTIES = REGULATION__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__ID = REGULATION__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__NAME = REGULATION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__DESCRIPTION = REGULATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__CODE = REGULATION__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__LIFECYCLE_STATUS = REGULATION__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__REFERENCE_MODEL_CODE = REGULATION__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__OWNER = REGULATION__OWNER;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__NUMBER = REGULATION__NUMBER;

	/**
	 * The feature id for the '<em><b>Issue Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__ISSUE_DATE = REGULATION__ISSUE_DATE;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__ISSUER = REGULATION__ISSUER;

	/**
	 * The number of structural features of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FEATURE_COUNT = REGULATION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OPERATION_COUNT = REGULATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.StandardImpl <em>Standard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.StandardImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getStandard()
	 * @generated
	 */
	int STANDARD = 25;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__PROPERTIES = REGULATION__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__ID = REGULATION__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__NAME = REGULATION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__DESCRIPTION = REGULATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__CODE = REGULATION__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__LIFECYCLE_STATUS = REGULATION__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__REFERENCE_MODEL_CODE = REGULATION__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__OWNER = REGULATION__OWNER;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__NUMBER = REGULATION__NUMBER;

	/**
	 * The feature id for the '<em><b>Issue Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__ISSUE_DATE = REGULATION__ISSUE_DATE;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__ISSUER = REGULATION__ISSUER;

	/**
	 * The number of structural features of the '<em>Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_FEATURE_COUNT = REGULATION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_OPERATION_COUNT = REGULATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ProjectImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 26;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PHASE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Budget Vnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUDGET_VND = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Funding Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__FUNDING_SOURCE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__START_YEAR = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__END_YEAR = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.RoadmapImpl <em>Roadmap</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.RoadmapImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getRoadmap()
	 * @generated
	 */
	int ROADMAP = 27;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__ITEMS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Roadmap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Roadmap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.RoadmapItemImpl <em>Roadmap Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.RoadmapItemImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getRoadmapItem()
	 * @generated
	 */
	int ROADMAP_ITEM = 28;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM__CODE = NAMED_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM__PHASE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM__START_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM__END_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM__PROJECTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM__TARGETS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Roadmap Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Roadmap Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ITEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ExternalSystemImpl <em>External System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ExternalSystemImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getExternalSystem()
	 * @generated
	 */
	int EXTERNAL_SYSTEM = 29;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Lifecycle Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM__LIFECYCLE_STATUS = ELEMENT__LIFECYCLE_STATUS;

	/**
	 * The feature id for the '<em><b>Reference Model Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM__REFERENCE_MODEL_CODE = ELEMENT__REFERENCE_MODEL_CODE;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM__OPERATOR = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>National Database</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM__NATIONAL_DATABASE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>External System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>External System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_SYSTEM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.RelationshipImpl <em>Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.RelationshipImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 30;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__PROPERTIES = FOLDER_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__ID = FOLDER_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__NAME = FOLDER_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__DESCRIPTION = FOLDER_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__CODE = FOLDER_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__SOURCE = FOLDER_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__TARGET = FOLDER_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_FEATURE_COUNT = FOLDER_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_OPERATION_COUNT = FOLDER_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ComposesImpl <em>Composes</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ComposesImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getComposes()
	 * @generated
	 */
	int COMPOSES = 31;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSES__PROPERTIES = RELATIONSHIP__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSES__ID = RELATIONSHIP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSES__NAME = RELATIONSHIP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSES__DESCRIPTION = RELATIONSHIP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSES__CODE = RELATIONSHIP__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSES__SOURCE = RELATIONSHIP__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSES__TARGET = RELATIONSHIP__TARGET;

	/**
	 * The number of structural features of the '<em>Composes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSES_FEATURE_COUNT = RELATIONSHIP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Composes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSES_OPERATION_COUNT = RELATIONSHIP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ServesImpl <em>Serves</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ServesImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getServes()
	 * @generated
	 */
	int SERVES = 32;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVES__PROPERTIES = RELATIONSHIP__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVES__ID = RELATIONSHIP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVES__NAME = RELATIONSHIP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVES__DESCRIPTION = RELATIONSHIP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVES__CODE = RELATIONSHIP__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVES__SOURCE = RELATIONSHIP__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVES__TARGET = RELATIONSHIP__TARGET;

	/**
	 * The number of structural features of the '<em>Serves</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVES_FEATURE_COUNT = RELATIONSHIP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Serves</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVES_OPERATION_COUNT = RELATIONSHIP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.AccessesImpl <em>Accesses</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.AccessesImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getAccesses()
	 * @generated
	 */
	int ACCESSES = 33;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSES__PROPERTIES = RELATIONSHIP__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSES__ID = RELATIONSHIP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSES__NAME = RELATIONSHIP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSES__DESCRIPTION = RELATIONSHIP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSES__CODE = RELATIONSHIP__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSES__SOURCE = RELATIONSHIP__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSES__TARGET = RELATIONSHIP__TARGET;

	/**
	 * The feature id for the '<em><b>Access Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSES__ACCESS_MODE = RELATIONSHIP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Accesses</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSES_FEATURE_COUNT = RELATIONSHIP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Accesses</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSES_OPERATION_COUNT = RELATIONSHIP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.RealisesImpl <em>Realises</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.RealisesImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getRealises()
	 * @generated
	 */
	int REALISES = 34;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISES__PROPERTIES = RELATIONSHIP__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISES__ID = RELATIONSHIP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISES__NAME = RELATIONSHIP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISES__DESCRIPTION = RELATIONSHIP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISES__CODE = RELATIONSHIP__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISES__SOURCE = RELATIONSHIP__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISES__TARGET = RELATIONSHIP__TARGET;

	/**
	 * The number of structural features of the '<em>Realises</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISES_FEATURE_COUNT = RELATIONSHIP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Realises</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISES_OPERATION_COUNT = RELATIONSHIP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.FlowsViaImpl <em>Flows Via</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.FlowsViaImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getFlowsVia()
	 * @generated
	 */
	int FLOWS_VIA = 35;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWS_VIA__PROPERTIES = RELATIONSHIP__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWS_VIA__ID = RELATIONSHIP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWS_VIA__NAME = RELATIONSHIP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWS_VIA__DESCRIPTION = RELATIONSHIP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWS_VIA__CODE = RELATIONSHIP__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWS_VIA__SOURCE = RELATIONSHIP__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWS_VIA__TARGET = RELATIONSHIP__TARGET;

	/**
	 * The number of structural features of the '<em>Flows Via</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWS_VIA_FEATURE_COUNT = RELATIONSHIP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Flows Via</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWS_VIA_OPERATION_COUNT = RELATIONSHIP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.DeployedOnImpl <em>Deployed On</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.DeployedOnImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDeployedOn()
	 * @generated
	 */
	int DEPLOYED_ON = 36;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYED_ON__PROPERTIES = RELATIONSHIP__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYED_ON__ID = RELATIONSHIP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYED_ON__NAME = RELATIONSHIP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYED_ON__DESCRIPTION = RELATIONSHIP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYED_ON__CODE = RELATIONSHIP__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYED_ON__SOURCE = RELATIONSHIP__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYED_ON__TARGET = RELATIONSHIP__TARGET;

	/**
	 * The number of structural features of the '<em>Deployed On</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYED_ON_FEATURE_COUNT = RELATIONSHIP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Deployed On</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYED_ON_OPERATION_COUNT = RELATIONSHIP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.OwnsImpl <em>Owns</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.OwnsImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getOwns()
	 * @generated
	 */
	int OWNS = 37;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNS__PROPERTIES = RELATIONSHIP__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNS__ID = RELATIONSHIP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNS__NAME = RELATIONSHIP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNS__DESCRIPTION = RELATIONSHIP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNS__CODE = RELATIONSHIP__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNS__SOURCE = RELATIONSHIP__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNS__TARGET = RELATIONSHIP__TARGET;

	/**
	 * The number of structural features of the '<em>Owns</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNS_FEATURE_COUNT = RELATIONSHIP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Owns</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNS_OPERATION_COUNT = RELATIONSHIP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.CompliesWithImpl <em>Complies With</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.CompliesWithImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getCompliesWith()
	 * @generated
	 */
	int COMPLIES_WITH = 38;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIES_WITH__PROPERTIES = RELATIONSHIP__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIES_WITH__ID = RELATIONSHIP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIES_WITH__NAME = RELATIONSHIP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIES_WITH__DESCRIPTION = RELATIONSHIP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIES_WITH__CODE = RELATIONSHIP__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIES_WITH__SOURCE = RELATIONSHIP__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIES_WITH__TARGET = RELATIONSHIP__TARGET;

	/**
	 * The number of structural features of the '<em>Complies With</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIES_WITH_FEATURE_COUNT = RELATIONSHIP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Complies With</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIES_WITH_OPERATION_COUNT = RELATIONSHIP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ProtectsImpl <em>Protects</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ProtectsImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getProtects()
	 * @generated
	 */
	int PROTECTS = 39;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTS__PROPERTIES = RELATIONSHIP__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTS__ID = RELATIONSHIP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTS__NAME = RELATIONSHIP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTS__DESCRIPTION = RELATIONSHIP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTS__CODE = RELATIONSHIP__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTS__SOURCE = RELATIONSHIP__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTS__TARGET = RELATIONSHIP__TARGET;

	/**
	 * The number of structural features of the '<em>Protects</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTS_FEATURE_COUNT = RELATIONSHIP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Protects</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTECTS_OPERATION_COUNT = RELATIONSHIP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.ReplacesImpl <em>Replaces</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ReplacesImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getReplaces()
	 * @generated
	 */
	int REPLACES = 40;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACES__PROPERTIES = RELATIONSHIP__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACES__ID = RELATIONSHIP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACES__NAME = RELATIONSHIP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACES__DESCRIPTION = RELATIONSHIP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACES__CODE = RELATIONSHIP__CODE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACES__SOURCE = RELATIONSHIP__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACES__TARGET = RELATIONSHIP__TARGET;

	/**
	 * The number of structural features of the '<em>Replaces</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACES_FEATURE_COUNT = RELATIONSHIP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Replaces</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACES_OPERATION_COUNT = RELATIONSHIP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.DiagramContainer <em>Diagram Container</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.DiagramContainer
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramContainer()
	 * @generated
	 */
	int DIAGRAM_CONTAINER = 41;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONTAINER__CHILDREN = 0;

	/**
	 * The number of structural features of the '<em>Diagram Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONTAINER_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Diagram Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONTAINER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.DiagramImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 42;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__PROPERTIES = FOLDER_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ID = FOLDER_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NAME = FOLDER_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__DESCRIPTION = FOLDER_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__CODE = FOLDER_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__CHILDREN = FOLDER_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Viewpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__VIEWPOINT = FOLDER_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__CONNECTIONS = FOLDER_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = FOLDER_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = FOLDER_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.DiagramComponentImpl <em>Diagram Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.DiagramComponentImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramComponent()
	 * @generated
	 */
	int DIAGRAM_COMPONENT = 43;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_COMPONENT__PROPERTIES = ARCHITECTURE_OBJECT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_COMPONENT__ID = ARCHITECTURE_OBJECT__ID;

	/**
	 * The number of structural features of the '<em>Diagram Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_COMPONENT_FEATURE_COUNT = ARCHITECTURE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Diagram Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_COMPONENT_OPERATION_COUNT = ARCHITECTURE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.DiagramShapeImpl <em>Diagram Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.DiagramShapeImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramShape()
	 * @generated
	 */
	int DIAGRAM_SHAPE = 44;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SHAPE__PROPERTIES = DIAGRAM_COMPONENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SHAPE__ID = DIAGRAM_COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SHAPE__CHILDREN = DIAGRAM_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SHAPE__X = DIAGRAM_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SHAPE__Y = DIAGRAM_COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SHAPE__WIDTH = DIAGRAM_COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SHAPE__HEIGHT = DIAGRAM_COMPONENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Diagram Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SHAPE_FEATURE_COUNT = DIAGRAM_COMPONENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Diagram Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SHAPE_OPERATION_COUNT = DIAGRAM_COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.DiagramNodeImpl <em>Diagram Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.DiagramNodeImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramNode()
	 * @generated
	 */
	int DIAGRAM_NODE = 45;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__PROPERTIES = DIAGRAM_SHAPE__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__ID = DIAGRAM_SHAPE__ID;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__CHILDREN = DIAGRAM_SHAPE__CHILDREN;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__X = DIAGRAM_SHAPE__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__Y = DIAGRAM_SHAPE__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__WIDTH = DIAGRAM_SHAPE__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__HEIGHT = DIAGRAM_SHAPE__HEIGHT;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__ELEMENT = DIAGRAM_SHAPE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Diagram Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE_FEATURE_COUNT = DIAGRAM_SHAPE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Diagram Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE_OPERATION_COUNT = DIAGRAM_SHAPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.DiagramGroupImpl <em>Diagram Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.DiagramGroupImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramGroup()
	 * @generated
	 */
	int DIAGRAM_GROUP = 46;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_GROUP__PROPERTIES = DIAGRAM_SHAPE__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_GROUP__ID = DIAGRAM_SHAPE__ID;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_GROUP__CHILDREN = DIAGRAM_SHAPE__CHILDREN;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_GROUP__X = DIAGRAM_SHAPE__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_GROUP__Y = DIAGRAM_SHAPE__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_GROUP__WIDTH = DIAGRAM_SHAPE__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_GROUP__HEIGHT = DIAGRAM_SHAPE__HEIGHT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_GROUP__LABEL = DIAGRAM_SHAPE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Diagram Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_GROUP_FEATURE_COUNT = DIAGRAM_SHAPE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Diagram Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_GROUP_OPERATION_COUNT = DIAGRAM_SHAPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.DiagramConnectionImpl <em>Diagram Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.DiagramConnectionImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramConnection()
	 * @generated
	 */
	int DIAGRAM_CONNECTION = 47;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONNECTION__PROPERTIES = DIAGRAM_COMPONENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONNECTION__ID = DIAGRAM_COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONNECTION__RELATIONSHIP = DIAGRAM_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONNECTION__SOURCE = DIAGRAM_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONNECTION__TARGET = DIAGRAM_COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bendpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONNECTION__BENDPOINTS = DIAGRAM_COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Diagram Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONNECTION_FEATURE_COUNT = DIAGRAM_COMPONENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Diagram Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_CONNECTION_OPERATION_COUNT = DIAGRAM_COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.impl.BendpointImpl <em>Bendpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.BendpointImpl
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getBendpoint()
	 * @generated
	 */
	int BENDPOINT = 48;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT__Y = 1;

	/**
	 * The number of structural features of the '<em>Bendpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Bendpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.FolderType <em>Folder Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.FolderType
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getFolderType()
	 * @generated
	 */
	int FOLDER_TYPE = 49;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.LifecycleStatus <em>Lifecycle Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.LifecycleStatus
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getLifecycleStatus()
	 * @generated
	 */
	int LIFECYCLE_STATUS = 50;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.GovernmentLevel <em>Government Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.GovernmentLevel
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getGovernmentLevel()
	 * @generated
	 */
	int GOVERNMENT_LEVEL = 51;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.StakeholderType <em>Stakeholder Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.StakeholderType
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getStakeholderType()
	 * @generated
	 */
	int STAKEHOLDER_TYPE = 52;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.OnlineServiceLevel <em>Online Service Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.OnlineServiceLevel
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getOnlineServiceLevel()
	 * @generated
	 */
	int ONLINE_SERVICE_LEVEL = 53;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.ApplicationScope <em>Application Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.ApplicationScope
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getApplicationScope()
	 * @generated
	 */
	int APPLICATION_SCOPE = 54;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.Ownership <em>Ownership</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.Ownership
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getOwnership()
	 * @generated
	 */
	int OWNERSHIP = 55;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.IntegrationPlatformKind <em>Integration Platform Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.IntegrationPlatformKind
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getIntegrationPlatformKind()
	 * @generated
	 */
	int INTEGRATION_PLATFORM_KIND = 56;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.SecurityLayer <em>Security Layer</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.SecurityLayer
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getSecurityLayer()
	 * @generated
	 */
	int SECURITY_LAYER = 57;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.architecture.model.AccessMode <em>Access Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.AccessMode
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getAccessMode()
	 * @generated
	 */
	int ACCESS_MODE = 58;

	/**
	 * The meta object id for the '<em>Security Level</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getSecurityLevel()
	 * @generated
	 */
	int SECURITY_LEVEL = 59;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 60;


	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.PropertiesHolder <em>Properties Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Properties Holder</em>'.
	 * @see vn.egov.workbench.architecture.model.PropertiesHolder
	 * @generated
	 */
	EClass getPropertiesHolder();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.architecture.model.PropertiesHolder#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see vn.egov.workbench.architecture.model.PropertiesHolder#getProperties()
	 * @see #getPropertiesHolder()
	 * @generated
	 */
	EReference getPropertiesHolder_Properties();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see vn.egov.workbench.architecture.model.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see vn.egov.workbench.architecture.model.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see vn.egov.workbench.architecture.model.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.ArchitectureObject <em>Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Object</em>'.
	 * @see vn.egov.workbench.architecture.model.ArchitectureObject
	 * @generated
	 */
	EClass getArchitectureObject();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.ArchitectureObject#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see vn.egov.workbench.architecture.model.ArchitectureObject#getId()
	 * @see #getArchitectureObject()
	 * @generated
	 */
	EAttribute getArchitectureObject_Id();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see vn.egov.workbench.architecture.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see vn.egov.workbench.architecture.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see vn.egov.workbench.architecture.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.NamedElement#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see vn.egov.workbench.architecture.model.NamedElement#getCode()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Code();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Architecture</em>'.
	 * @see vn.egov.workbench.architecture.model.Architecture
	 * @generated
	 */
	EClass getArchitecture();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Architecture#getProvince <em>Province</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Province</em>'.
	 * @see vn.egov.workbench.architecture.model.Architecture#getProvince()
	 * @see #getArchitecture()
	 * @generated
	 */
	EAttribute getArchitecture_Province();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Architecture#getFrameworkVersion <em>Framework Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Framework Version</em>'.
	 * @see vn.egov.workbench.architecture.model.Architecture#getFrameworkVersion()
	 * @see #getArchitecture()
	 * @generated
	 */
	EAttribute getArchitecture_FrameworkVersion();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Architecture#getApprovingDecisionNumber <em>Approving Decision Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approving Decision Number</em>'.
	 * @see vn.egov.workbench.architecture.model.Architecture#getApprovingDecisionNumber()
	 * @see #getArchitecture()
	 * @generated
	 */
	EAttribute getArchitecture_ApprovingDecisionNumber();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Architecture#getApprovingDecisionDate <em>Approving Decision Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approving Decision Date</em>'.
	 * @see vn.egov.workbench.architecture.model.Architecture#getApprovingDecisionDate()
	 * @see #getArchitecture()
	 * @generated
	 */
	EAttribute getArchitecture_ApprovingDecisionDate();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Architecture#getPeriodFrom <em>Period From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period From</em>'.
	 * @see vn.egov.workbench.architecture.model.Architecture#getPeriodFrom()
	 * @see #getArchitecture()
	 * @generated
	 */
	EAttribute getArchitecture_PeriodFrom();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Architecture#getPeriodTo <em>Period To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period To</em>'.
	 * @see vn.egov.workbench.architecture.model.Architecture#getPeriodTo()
	 * @see #getArchitecture()
	 * @generated
	 */
	EAttribute getArchitecture_PeriodTo();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Architecture#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see vn.egov.workbench.architecture.model.Architecture#getFormatVersion()
	 * @see #getArchitecture()
	 * @generated
	 */
	EAttribute getArchitecture_FormatVersion();

	/**
	 * Returns the meta object for the attribute list '{@link vn.egov.workbench.architecture.model.Architecture#getDisabledRules <em>Disabled Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Disabled Rules</em>'.
	 * @see vn.egov.workbench.architecture.model.Architecture#getDisabledRules()
	 * @see #getArchitecture()
	 * @generated
	 */
	EAttribute getArchitecture_DisabledRules();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.architecture.model.Architecture#getFolders <em>Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Folders</em>'.
	 * @see vn.egov.workbench.architecture.model.Architecture#getFolders()
	 * @see #getArchitecture()
	 * @generated
	 */
	EReference getArchitecture_Folders();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Folder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Folder</em>'.
	 * @see vn.egov.workbench.architecture.model.Folder
	 * @generated
	 */
	EClass getFolder();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Folder#getFolderType <em>Folder Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder Type</em>'.
	 * @see vn.egov.workbench.architecture.model.Folder#getFolderType()
	 * @see #getFolder()
	 * @generated
	 */
	EAttribute getFolder_FolderType();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.architecture.model.Folder#getFolders <em>Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Folders</em>'.
	 * @see vn.egov.workbench.architecture.model.Folder#getFolders()
	 * @see #getFolder()
	 * @generated
	 */
	EReference getFolder_Folders();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.architecture.model.Folder#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see vn.egov.workbench.architecture.model.Folder#getItems()
	 * @see #getFolder()
	 * @generated
	 */
	EReference getFolder_Items();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.FolderItem <em>Folder Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Folder Item</em>'.
	 * @see vn.egov.workbench.architecture.model.FolderItem
	 * @generated
	 */
	EClass getFolderItem();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see vn.egov.workbench.architecture.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Element#getLifecycleStatus <em>Lifecycle Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lifecycle Status</em>'.
	 * @see vn.egov.workbench.architecture.model.Element#getLifecycleStatus()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_LifecycleStatus();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Element#getReferenceModelCode <em>Reference Model Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Model Code</em>'.
	 * @see vn.egov.workbench.architecture.model.Element#getReferenceModelCode()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_ReferenceModelCode();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.Element#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see vn.egov.workbench.architecture.model.Element#getOwner()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Owner();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Stakeholder <em>Stakeholder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stakeholder</em>'.
	 * @see vn.egov.workbench.architecture.model.Stakeholder
	 * @generated
	 */
	EClass getStakeholder();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Stakeholder#getStakeholderType <em>Stakeholder Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stakeholder Type</em>'.
	 * @see vn.egov.workbench.architecture.model.Stakeholder#getStakeholderType()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_StakeholderType();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.OrganisationUnit <em>Organisation Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation Unit</em>'.
	 * @see vn.egov.workbench.architecture.model.OrganisationUnit
	 * @generated
	 */
	EClass getOrganisationUnit();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.OrganisationUnit#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see vn.egov.workbench.architecture.model.OrganisationUnit#getLevel()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EAttribute getOrganisationUnit_Level();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.OrganisationUnit#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see vn.egov.workbench.architecture.model.OrganisationUnit#getParent()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EReference getOrganisationUnit_Parent();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.AccessChannel <em>Access Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Access Channel</em>'.
	 * @see vn.egov.workbench.architecture.model.AccessChannel
	 * @generated
	 */
	EClass getAccessChannel();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.AccessChannel#getChannelType <em>Channel Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel Type</em>'.
	 * @see vn.egov.workbench.architecture.model.AccessChannel#getChannelType()
	 * @see #getAccessChannel()
	 * @generated
	 */
	EAttribute getAccessChannel_ChannelType();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure <em>Administrative Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Administrative Procedure</em>'.
	 * @see vn.egov.workbench.architecture.model.AdministrativeProcedure
	 * @generated
	 */
	EClass getAdministrativeProcedure();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getNationalCode <em>National Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>National Code</em>'.
	 * @see vn.egov.workbench.architecture.model.AdministrativeProcedure#getNationalCode()
	 * @see #getAdministrativeProcedure()
	 * @generated
	 */
	EAttribute getAdministrativeProcedure_NationalCode();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see vn.egov.workbench.architecture.model.AdministrativeProcedure#getSector()
	 * @see #getAdministrativeProcedure()
	 * @generated
	 */
	EAttribute getAdministrativeProcedure_Sector();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getGovernmentLevel <em>Government Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Government Level</em>'.
	 * @see vn.egov.workbench.architecture.model.AdministrativeProcedure#getGovernmentLevel()
	 * @see #getAdministrativeProcedure()
	 * @generated
	 */
	EAttribute getAdministrativeProcedure_GovernmentLevel();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getOnlineServiceLevel <em>Online Service Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Online Service Level</em>'.
	 * @see vn.egov.workbench.architecture.model.AdministrativeProcedure#getOnlineServiceLevel()
	 * @see #getAdministrativeProcedure()
	 * @generated
	 */
	EAttribute getAdministrativeProcedure_OnlineServiceLevel();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getTimeLimitDays <em>Time Limit Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Limit Days</em>'.
	 * @see vn.egov.workbench.architecture.model.AdministrativeProcedure#getTimeLimitDays()
	 * @see #getAdministrativeProcedure()
	 * @generated
	 */
	EAttribute getAdministrativeProcedure_TimeLimitDays();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getFeeVnd <em>Fee Vnd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fee Vnd</em>'.
	 * @see vn.egov.workbench.architecture.model.AdministrativeProcedure#getFeeVnd()
	 * @see #getAdministrativeProcedure()
	 * @generated
	 */
	EAttribute getAdministrativeProcedure_FeeVnd();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getHandlingUnit <em>Handling Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Handling Unit</em>'.
	 * @see vn.egov.workbench.architecture.model.AdministrativeProcedure#getHandlingUnit()
	 * @see #getAdministrativeProcedure()
	 * @generated
	 */
	EReference getAdministrativeProcedure_HandlingUnit();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.BusinessFunction <em>Business Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Function</em>'.
	 * @see vn.egov.workbench.architecture.model.BusinessFunction
	 * @generated
	 */
	EClass getBusinessFunction();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.BusinessProcess <em>Business Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Process</em>'.
	 * @see vn.egov.workbench.architecture.model.BusinessProcess
	 * @generated
	 */
	EClass getBusinessProcess();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Application</em>'.
	 * @see vn.egov.workbench.architecture.model.Application
	 * @generated
	 */
	EClass getApplication();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Application#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see vn.egov.workbench.architecture.model.Application#getScope()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Scope();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Application#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see vn.egov.workbench.architecture.model.Application#getVendor()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Application#getOwnership <em>Ownership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ownership</em>'.
	 * @see vn.egov.workbench.architecture.model.Application#getOwnership()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Ownership();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Application#getSecurityLevel <em>Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Level</em>'.
	 * @see vn.egov.workbench.architecture.model.Application#getSecurityLevel()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_SecurityLevel();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Application#isLgspIntegrated <em>Lgsp Integrated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lgsp Integrated</em>'.
	 * @see vn.egov.workbench.architecture.model.Application#isLgspIntegrated()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_LgspIntegrated();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Application#getUserCount <em>User Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Count</em>'.
	 * @see vn.egov.workbench.architecture.model.Application#getUserCount()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_UserCount();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Portal <em>Portal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Portal</em>'.
	 * @see vn.egov.workbench.architecture.model.Portal
	 * @generated
	 */
	EClass getPortal();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Portal#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see vn.egov.workbench.architecture.model.Portal#getUrl()
	 * @see #getPortal()
	 * @generated
	 */
	EAttribute getPortal_Url();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Portal#getPortalType <em>Portal Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Portal Type</em>'.
	 * @see vn.egov.workbench.architecture.model.Portal#getPortalType()
	 * @see #getPortal()
	 * @generated
	 */
	EAttribute getPortal_PortalType();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Database <em>Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Database</em>'.
	 * @see vn.egov.workbench.architecture.model.Database
	 * @generated
	 */
	EClass getDatabase();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Database#getDbms <em>Dbms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dbms</em>'.
	 * @see vn.egov.workbench.architecture.model.Database#getDbms()
	 * @see #getDatabase()
	 * @generated
	 */
	EAttribute getDatabase_Dbms();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.DataEntity <em>Data Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Entity</em>'.
	 * @see vn.egov.workbench.architecture.model.DataEntity
	 * @generated
	 */
	EClass getDataEntity();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.DataEntity#getDatabase <em>Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Database</em>'.
	 * @see vn.egov.workbench.architecture.model.DataEntity#getDatabase()
	 * @see #getDataEntity()
	 * @generated
	 */
	EReference getDataEntity_Database();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.DataEntity#isPersonalData <em>Personal Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personal Data</em>'.
	 * @see vn.egov.workbench.architecture.model.DataEntity#isPersonalData()
	 * @see #getDataEntity()
	 * @generated
	 */
	EAttribute getDataEntity_PersonalData();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.ReferenceData <em>Reference Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Data</em>'.
	 * @see vn.egov.workbench.architecture.model.ReferenceData
	 * @generated
	 */
	EClass getReferenceData();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.IntegrationPlatform <em>Integration Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Integration Platform</em>'.
	 * @see vn.egov.workbench.architecture.model.IntegrationPlatform
	 * @generated
	 */
	EClass getIntegrationPlatform();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.IntegrationPlatform#getPlatformKind <em>Platform Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platform Kind</em>'.
	 * @see vn.egov.workbench.architecture.model.IntegrationPlatform#getPlatformKind()
	 * @see #getIntegrationPlatform()
	 * @generated
	 */
	EAttribute getIntegrationPlatform_PlatformKind();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.IntegrationService <em>Integration Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Integration Service</em>'.
	 * @see vn.egov.workbench.architecture.model.IntegrationService
	 * @generated
	 */
	EClass getIntegrationService();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.IntegrationService#getEndpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint</em>'.
	 * @see vn.egov.workbench.architecture.model.IntegrationService#getEndpoint()
	 * @see #getIntegrationService()
	 * @generated
	 */
	EAttribute getIntegrationService_Endpoint();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.IntegrationService#getPlatform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Platform</em>'.
	 * @see vn.egov.workbench.architecture.model.IntegrationService#getPlatform()
	 * @see #getIntegrationService()
	 * @generated
	 */
	EReference getIntegrationService_Platform();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Infrastructure <em>Infrastructure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Infrastructure</em>'.
	 * @see vn.egov.workbench.architecture.model.Infrastructure
	 * @generated
	 */
	EClass getInfrastructure();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Infrastructure#getInfraType <em>Infra Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Infra Type</em>'.
	 * @see vn.egov.workbench.architecture.model.Infrastructure#getInfraType()
	 * @see #getInfrastructure()
	 * @generated
	 */
	EAttribute getInfrastructure_InfraType();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Infrastructure#isIpv6Ready <em>Ipv6 Ready</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipv6 Ready</em>'.
	 * @see vn.egov.workbench.architecture.model.Infrastructure#isIpv6Ready()
	 * @see #getInfrastructure()
	 * @generated
	 */
	EAttribute getInfrastructure_Ipv6Ready();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.SecurityControl <em>Security Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Security Control</em>'.
	 * @see vn.egov.workbench.architecture.model.SecurityControl
	 * @generated
	 */
	EClass getSecurityControl();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.SecurityControl#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see vn.egov.workbench.architecture.model.SecurityControl#getLayer()
	 * @see #getSecurityControl()
	 * @generated
	 */
	EAttribute getSecurityControl_Layer();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Regulation <em>Regulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regulation</em>'.
	 * @see vn.egov.workbench.architecture.model.Regulation
	 * @generated
	 */
	EClass getRegulation();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Regulation#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see vn.egov.workbench.architecture.model.Regulation#getNumber()
	 * @see #getRegulation()
	 * @generated
	 */
	EAttribute getRegulation_Number();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Regulation#getIssueDate <em>Issue Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issue Date</em>'.
	 * @see vn.egov.workbench.architecture.model.Regulation#getIssueDate()
	 * @see #getRegulation()
	 * @generated
	 */
	EAttribute getRegulation_IssueDate();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Regulation#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see vn.egov.workbench.architecture.model.Regulation#getIssuer()
	 * @see #getRegulation()
	 * @generated
	 */
	EAttribute getRegulation_Issuer();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy</em>'.
	 * @see vn.egov.workbench.architecture.model.Policy
	 * @generated
	 */
	EClass getPolicy();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Standard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standard</em>'.
	 * @see vn.egov.workbench.architecture.model.Standard
	 * @generated
	 */
	EClass getStandard();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see vn.egov.workbench.architecture.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Project#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see vn.egov.workbench.architecture.model.Project#getPhase()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Phase();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Project#getBudgetVnd <em>Budget Vnd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Vnd</em>'.
	 * @see vn.egov.workbench.architecture.model.Project#getBudgetVnd()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_BudgetVnd();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Project#getFundingSource <em>Funding Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funding Source</em>'.
	 * @see vn.egov.workbench.architecture.model.Project#getFundingSource()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_FundingSource();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Project#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see vn.egov.workbench.architecture.model.Project#getStartYear()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Project#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see vn.egov.workbench.architecture.model.Project#getEndYear()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_EndYear();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Roadmap <em>Roadmap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roadmap</em>'.
	 * @see vn.egov.workbench.architecture.model.Roadmap
	 * @generated
	 */
	EClass getRoadmap();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.architecture.model.Roadmap#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see vn.egov.workbench.architecture.model.Roadmap#getItems()
	 * @see #getRoadmap()
	 * @generated
	 */
	EReference getRoadmap_Items();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.RoadmapItem <em>Roadmap Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roadmap Item</em>'.
	 * @see vn.egov.workbench.architecture.model.RoadmapItem
	 * @generated
	 */
	EClass getRoadmapItem();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.RoadmapItem#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see vn.egov.workbench.architecture.model.RoadmapItem#getPhase()
	 * @see #getRoadmapItem()
	 * @generated
	 */
	EAttribute getRoadmapItem_Phase();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.RoadmapItem#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see vn.egov.workbench.architecture.model.RoadmapItem#getStartYear()
	 * @see #getRoadmapItem()
	 * @generated
	 */
	EAttribute getRoadmapItem_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.RoadmapItem#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see vn.egov.workbench.architecture.model.RoadmapItem#getEndYear()
	 * @see #getRoadmapItem()
	 * @generated
	 */
	EAttribute getRoadmapItem_EndYear();

	/**
	 * Returns the meta object for the reference list '{@link vn.egov.workbench.architecture.model.RoadmapItem#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Projects</em>'.
	 * @see vn.egov.workbench.architecture.model.RoadmapItem#getProjects()
	 * @see #getRoadmapItem()
	 * @generated
	 */
	EReference getRoadmapItem_Projects();

	/**
	 * Returns the meta object for the reference list '{@link vn.egov.workbench.architecture.model.RoadmapItem#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Targets</em>'.
	 * @see vn.egov.workbench.architecture.model.RoadmapItem#getTargets()
	 * @see #getRoadmapItem()
	 * @generated
	 */
	EReference getRoadmapItem_Targets();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.ExternalSystem <em>External System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External System</em>'.
	 * @see vn.egov.workbench.architecture.model.ExternalSystem
	 * @generated
	 */
	EClass getExternalSystem();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.ExternalSystem#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see vn.egov.workbench.architecture.model.ExternalSystem#getOperator()
	 * @see #getExternalSystem()
	 * @generated
	 */
	EAttribute getExternalSystem_Operator();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.ExternalSystem#isNationalDatabase <em>National Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>National Database</em>'.
	 * @see vn.egov.workbench.architecture.model.ExternalSystem#isNationalDatabase()
	 * @see #getExternalSystem()
	 * @generated
	 */
	EAttribute getExternalSystem_NationalDatabase();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship</em>'.
	 * @see vn.egov.workbench.architecture.model.Relationship
	 * @generated
	 */
	EClass getRelationship();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.Relationship#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see vn.egov.workbench.architecture.model.Relationship#getSource()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Source();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.Relationship#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see vn.egov.workbench.architecture.model.Relationship#getTarget()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Target();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Composes <em>Composes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Composes</em>'.
	 * @see vn.egov.workbench.architecture.model.Composes
	 * @generated
	 */
	EClass getComposes();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Serves <em>Serves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Serves</em>'.
	 * @see vn.egov.workbench.architecture.model.Serves
	 * @generated
	 */
	EClass getServes();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Accesses <em>Accesses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Accesses</em>'.
	 * @see vn.egov.workbench.architecture.model.Accesses
	 * @generated
	 */
	EClass getAccesses();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Accesses#getAccessMode <em>Access Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access Mode</em>'.
	 * @see vn.egov.workbench.architecture.model.Accesses#getAccessMode()
	 * @see #getAccesses()
	 * @generated
	 */
	EAttribute getAccesses_AccessMode();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Realises <em>Realises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Realises</em>'.
	 * @see vn.egov.workbench.architecture.model.Realises
	 * @generated
	 */
	EClass getRealises();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.FlowsVia <em>Flows Via</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flows Via</em>'.
	 * @see vn.egov.workbench.architecture.model.FlowsVia
	 * @generated
	 */
	EClass getFlowsVia();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.DeployedOn <em>Deployed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deployed On</em>'.
	 * @see vn.egov.workbench.architecture.model.DeployedOn
	 * @generated
	 */
	EClass getDeployedOn();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Owns <em>Owns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Owns</em>'.
	 * @see vn.egov.workbench.architecture.model.Owns
	 * @generated
	 */
	EClass getOwns();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.CompliesWith <em>Complies With</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Complies With</em>'.
	 * @see vn.egov.workbench.architecture.model.CompliesWith
	 * @generated
	 */
	EClass getCompliesWith();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Protects <em>Protects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protects</em>'.
	 * @see vn.egov.workbench.architecture.model.Protects
	 * @generated
	 */
	EClass getProtects();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Replaces <em>Replaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Replaces</em>'.
	 * @see vn.egov.workbench.architecture.model.Replaces
	 * @generated
	 */
	EClass getReplaces();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.DiagramContainer <em>Diagram Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Container</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramContainer
	 * @generated
	 */
	EClass getDiagramContainer();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.architecture.model.DiagramContainer#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramContainer#getChildren()
	 * @see #getDiagramContainer()
	 * @generated
	 */
	EReference getDiagramContainer_Children();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see vn.egov.workbench.architecture.model.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Diagram#getViewpoint <em>Viewpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Viewpoint</em>'.
	 * @see vn.egov.workbench.architecture.model.Diagram#getViewpoint()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Viewpoint();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.architecture.model.Diagram#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connections</em>'.
	 * @see vn.egov.workbench.architecture.model.Diagram#getConnections()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Connections();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.DiagramComponent <em>Diagram Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Component</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramComponent
	 * @generated
	 */
	EClass getDiagramComponent();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.DiagramShape <em>Diagram Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Shape</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramShape
	 * @generated
	 */
	EClass getDiagramShape();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.DiagramShape#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramShape#getX()
	 * @see #getDiagramShape()
	 * @generated
	 */
	EAttribute getDiagramShape_X();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.DiagramShape#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramShape#getY()
	 * @see #getDiagramShape()
	 * @generated
	 */
	EAttribute getDiagramShape_Y();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.DiagramShape#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramShape#getWidth()
	 * @see #getDiagramShape()
	 * @generated
	 */
	EAttribute getDiagramShape_Width();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.DiagramShape#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramShape#getHeight()
	 * @see #getDiagramShape()
	 * @generated
	 */
	EAttribute getDiagramShape_Height();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.DiagramNode <em>Diagram Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Node</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramNode
	 * @generated
	 */
	EClass getDiagramNode();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.DiagramNode#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramNode#getElement()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EReference getDiagramNode_Element();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.DiagramGroup <em>Diagram Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Group</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramGroup
	 * @generated
	 */
	EClass getDiagramGroup();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.DiagramGroup#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramGroup#getLabel()
	 * @see #getDiagramGroup()
	 * @generated
	 */
	EAttribute getDiagramGroup_Label();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.DiagramConnection <em>Diagram Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Connection</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramConnection
	 * @generated
	 */
	EClass getDiagramConnection();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.DiagramConnection#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Relationship</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramConnection#getRelationship()
	 * @see #getDiagramConnection()
	 * @generated
	 */
	EReference getDiagramConnection_Relationship();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.DiagramConnection#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramConnection#getSource()
	 * @see #getDiagramConnection()
	 * @generated
	 */
	EReference getDiagramConnection_Source();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.architecture.model.DiagramConnection#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramConnection#getTarget()
	 * @see #getDiagramConnection()
	 * @generated
	 */
	EReference getDiagramConnection_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.architecture.model.DiagramConnection#getBendpoints <em>Bendpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bendpoints</em>'.
	 * @see vn.egov.workbench.architecture.model.DiagramConnection#getBendpoints()
	 * @see #getDiagramConnection()
	 * @generated
	 */
	EReference getDiagramConnection_Bendpoints();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.architecture.model.Bendpoint <em>Bendpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bendpoint</em>'.
	 * @see vn.egov.workbench.architecture.model.Bendpoint
	 * @generated
	 */
	EClass getBendpoint();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Bendpoint#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see vn.egov.workbench.architecture.model.Bendpoint#getX()
	 * @see #getBendpoint()
	 * @generated
	 */
	EAttribute getBendpoint_X();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.architecture.model.Bendpoint#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see vn.egov.workbench.architecture.model.Bendpoint#getY()
	 * @see #getBendpoint()
	 * @generated
	 */
	EAttribute getBendpoint_Y();

	/**
	 * Returns the meta object for enum '{@link vn.egov.workbench.architecture.model.FolderType <em>Folder Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Folder Type</em>'.
	 * @see vn.egov.workbench.architecture.model.FolderType
	 * @generated
	 */
	EEnum getFolderType();

	/**
	 * Returns the meta object for enum '{@link vn.egov.workbench.architecture.model.LifecycleStatus <em>Lifecycle Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lifecycle Status</em>'.
	 * @see vn.egov.workbench.architecture.model.LifecycleStatus
	 * @generated
	 */
	EEnum getLifecycleStatus();

	/**
	 * Returns the meta object for enum '{@link vn.egov.workbench.architecture.model.GovernmentLevel <em>Government Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Government Level</em>'.
	 * @see vn.egov.workbench.architecture.model.GovernmentLevel
	 * @generated
	 */
	EEnum getGovernmentLevel();

	/**
	 * Returns the meta object for enum '{@link vn.egov.workbench.architecture.model.StakeholderType <em>Stakeholder Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stakeholder Type</em>'.
	 * @see vn.egov.workbench.architecture.model.StakeholderType
	 * @generated
	 */
	EEnum getStakeholderType();

	/**
	 * Returns the meta object for enum '{@link vn.egov.workbench.architecture.model.OnlineServiceLevel <em>Online Service Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Online Service Level</em>'.
	 * @see vn.egov.workbench.architecture.model.OnlineServiceLevel
	 * @generated
	 */
	EEnum getOnlineServiceLevel();

	/**
	 * Returns the meta object for enum '{@link vn.egov.workbench.architecture.model.ApplicationScope <em>Application Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Application Scope</em>'.
	 * @see vn.egov.workbench.architecture.model.ApplicationScope
	 * @generated
	 */
	EEnum getApplicationScope();

	/**
	 * Returns the meta object for enum '{@link vn.egov.workbench.architecture.model.Ownership <em>Ownership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ownership</em>'.
	 * @see vn.egov.workbench.architecture.model.Ownership
	 * @generated
	 */
	EEnum getOwnership();

	/**
	 * Returns the meta object for enum '{@link vn.egov.workbench.architecture.model.IntegrationPlatformKind <em>Integration Platform Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Integration Platform Kind</em>'.
	 * @see vn.egov.workbench.architecture.model.IntegrationPlatformKind
	 * @generated
	 */
	EEnum getIntegrationPlatformKind();

	/**
	 * Returns the meta object for enum '{@link vn.egov.workbench.architecture.model.SecurityLayer <em>Security Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Security Layer</em>'.
	 * @see vn.egov.workbench.architecture.model.SecurityLayer
	 * @generated
	 */
	EEnum getSecurityLayer();

	/**
	 * Returns the meta object for enum '{@link vn.egov.workbench.architecture.model.AccessMode <em>Access Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Access Mode</em>'.
	 * @see vn.egov.workbench.architecture.model.AccessMode
	 * @generated
	 */
	EEnum getAccessMode();

	/**
	 * Returns the meta object for data type '<em>Security Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An information system security level: 1–5, or 0 while not yet classified.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Security Level</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="name='SecurityLevel' minInclusive='0' maxInclusive='5'"
	 * @generated
	 */
	EDataType getSecurityLevel();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, saved as ISO-8601 (yyyy-MM-dd).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ArchitectureFactory getArchitectureFactory();

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
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.PropertiesHolderImpl <em>Properties Holder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.PropertiesHolderImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getPropertiesHolder()
		 * @generated
		 */
		EClass PROPERTIES_HOLDER = eINSTANCE.getPropertiesHolder();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROPERTIES_HOLDER__PROPERTIES = eINSTANCE.getPropertiesHolder_Properties();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.PropertyImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ArchitectureObjectImpl <em>Object</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ArchitectureObjectImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getArchitectureObject()
		 * @generated
		 */
		EClass ARCHITECTURE_OBJECT = eINSTANCE.getArchitectureObject();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE_OBJECT__ID = eINSTANCE.getArchitectureObject_Id();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.NamedElementImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__CODE = eINSTANCE.getNamedElement_Code();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl <em>Architecture</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ArchitectureImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getArchitecture()
		 * @generated
		 */
		EClass ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '<em><b>Province</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE__PROVINCE = eINSTANCE.getArchitecture_Province();

		/**
		 * The meta object literal for the '<em><b>Framework Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE__FRAMEWORK_VERSION = eINSTANCE.getArchitecture_FrameworkVersion();

		/**
		 * The meta object literal for the '<em><b>Approving Decision Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE__APPROVING_DECISION_NUMBER = eINSTANCE.getArchitecture_ApprovingDecisionNumber();

		/**
		 * The meta object literal for the '<em><b>Approving Decision Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE__APPROVING_DECISION_DATE = eINSTANCE.getArchitecture_ApprovingDecisionDate();

		/**
		 * The meta object literal for the '<em><b>Period From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE__PERIOD_FROM = eINSTANCE.getArchitecture_PeriodFrom();

		/**
		 * The meta object literal for the '<em><b>Period To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE__PERIOD_TO = eINSTANCE.getArchitecture_PeriodTo();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE__FORMAT_VERSION = eINSTANCE.getArchitecture_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Disabled Rules</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE__DISABLED_RULES = eINSTANCE.getArchitecture_DisabledRules();

		/**
		 * The meta object literal for the '<em><b>Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE__FOLDERS = eINSTANCE.getArchitecture_Folders();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.FolderImpl <em>Folder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.FolderImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getFolder()
		 * @generated
		 */
		EClass FOLDER = eINSTANCE.getFolder();

		/**
		 * The meta object literal for the '<em><b>Folder Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLDER__FOLDER_TYPE = eINSTANCE.getFolder_FolderType();

		/**
		 * The meta object literal for the '<em><b>Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLDER__FOLDERS = eINSTANCE.getFolder_Folders();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLDER__ITEMS = eINSTANCE.getFolder_Items();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.FolderItemImpl <em>Folder Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.FolderItemImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getFolderItem()
		 * @generated
		 */
		EClass FOLDER_ITEM = eINSTANCE.getFolderItem();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ElementImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Lifecycle Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__LIFECYCLE_STATUS = eINSTANCE.getElement_LifecycleStatus();

		/**
		 * The meta object literal for the '<em><b>Reference Model Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__REFERENCE_MODEL_CODE = eINSTANCE.getElement_ReferenceModelCode();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__OWNER = eINSTANCE.getElement_Owner();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.StakeholderImpl <em>Stakeholder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.StakeholderImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getStakeholder()
		 * @generated
		 */
		EClass STAKEHOLDER = eINSTANCE.getStakeholder();

		/**
		 * The meta object literal for the '<em><b>Stakeholder Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__STAKEHOLDER_TYPE = eINSTANCE.getStakeholder_StakeholderType();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.OrganisationUnitImpl <em>Organisation Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.OrganisationUnitImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getOrganisationUnit()
		 * @generated
		 */
		EClass ORGANISATION_UNIT = eINSTANCE.getOrganisationUnit();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION_UNIT__LEVEL = eINSTANCE.getOrganisationUnit_Level();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION_UNIT__PARENT = eINSTANCE.getOrganisationUnit_Parent();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.AccessChannelImpl <em>Access Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.AccessChannelImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getAccessChannel()
		 * @generated
		 */
		EClass ACCESS_CHANNEL = eINSTANCE.getAccessChannel();

		/**
		 * The meta object literal for the '<em><b>Channel Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_CHANNEL__CHANNEL_TYPE = eINSTANCE.getAccessChannel_ChannelType();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl <em>Administrative Procedure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getAdministrativeProcedure()
		 * @generated
		 */
		EClass ADMINISTRATIVE_PROCEDURE = eINSTANCE.getAdministrativeProcedure();

		/**
		 * The meta object literal for the '<em><b>National Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_PROCEDURE__NATIONAL_CODE = eINSTANCE.getAdministrativeProcedure_NationalCode();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_PROCEDURE__SECTOR = eINSTANCE.getAdministrativeProcedure_Sector();

		/**
		 * The meta object literal for the '<em><b>Government Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_PROCEDURE__GOVERNMENT_LEVEL = eINSTANCE.getAdministrativeProcedure_GovernmentLevel();

		/**
		 * The meta object literal for the '<em><b>Online Service Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_PROCEDURE__ONLINE_SERVICE_LEVEL = eINSTANCE.getAdministrativeProcedure_OnlineServiceLevel();

		/**
		 * The meta object literal for the '<em><b>Time Limit Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_PROCEDURE__TIME_LIMIT_DAYS = eINSTANCE.getAdministrativeProcedure_TimeLimitDays();

		/**
		 * The meta object literal for the '<em><b>Fee Vnd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_PROCEDURE__FEE_VND = eINSTANCE.getAdministrativeProcedure_FeeVnd();

		/**
		 * The meta object literal for the '<em><b>Handling Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADMINISTRATIVE_PROCEDURE__HANDLING_UNIT = eINSTANCE.getAdministrativeProcedure_HandlingUnit();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.BusinessFunctionImpl <em>Business Function</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.BusinessFunctionImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getBusinessFunction()
		 * @generated
		 */
		EClass BUSINESS_FUNCTION = eINSTANCE.getBusinessFunction();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.BusinessProcessImpl <em>Business Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.BusinessProcessImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getBusinessProcess()
		 * @generated
		 */
		EClass BUSINESS_PROCESS = eINSTANCE.getBusinessProcess();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ApplicationImpl <em>Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ApplicationImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getApplication()
		 * @generated
		 */
		EClass APPLICATION = eINSTANCE.getApplication();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__SCOPE = eINSTANCE.getApplication_Scope();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__VENDOR = eINSTANCE.getApplication_Vendor();

		/**
		 * The meta object literal for the '<em><b>Ownership</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__OWNERSHIP = eINSTANCE.getApplication_Ownership();

		/**
		 * The meta object literal for the '<em><b>Security Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__SECURITY_LEVEL = eINSTANCE.getApplication_SecurityLevel();

		/**
		 * The meta object literal for the '<em><b>Lgsp Integrated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__LGSP_INTEGRATED = eINSTANCE.getApplication_LgspIntegrated();

		/**
		 * The meta object literal for the '<em><b>User Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__USER_COUNT = eINSTANCE.getApplication_UserCount();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.PortalImpl <em>Portal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.PortalImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getPortal()
		 * @generated
		 */
		EClass PORTAL = eINSTANCE.getPortal();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORTAL__URL = eINSTANCE.getPortal_Url();

		/**
		 * The meta object literal for the '<em><b>Portal Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORTAL__PORTAL_TYPE = eINSTANCE.getPortal_PortalType();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.DatabaseImpl <em>Database</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.DatabaseImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDatabase()
		 * @generated
		 */
		EClass DATABASE = eINSTANCE.getDatabase();

		/**
		 * The meta object literal for the '<em><b>Dbms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATABASE__DBMS = eINSTANCE.getDatabase_Dbms();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.DataEntityImpl <em>Data Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.DataEntityImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDataEntity()
		 * @generated
		 */
		EClass DATA_ENTITY = eINSTANCE.getDataEntity();

		/**
		 * The meta object literal for the '<em><b>Database</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_ENTITY__DATABASE = eINSTANCE.getDataEntity_Database();

		/**
		 * The meta object literal for the '<em><b>Personal Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ENTITY__PERSONAL_DATA = eINSTANCE.getDataEntity_PersonalData();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ReferenceDataImpl <em>Reference Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ReferenceDataImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getReferenceData()
		 * @generated
		 */
		EClass REFERENCE_DATA = eINSTANCE.getReferenceData();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.IntegrationPlatformImpl <em>Integration Platform</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.IntegrationPlatformImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getIntegrationPlatform()
		 * @generated
		 */
		EClass INTEGRATION_PLATFORM = eINSTANCE.getIntegrationPlatform();

		/**
		 * The meta object literal for the '<em><b>Platform Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRATION_PLATFORM__PLATFORM_KIND = eINSTANCE.getIntegrationPlatform_PlatformKind();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.IntegrationServiceImpl <em>Integration Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.IntegrationServiceImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getIntegrationService()
		 * @generated
		 */
		EClass INTEGRATION_SERVICE = eINSTANCE.getIntegrationService();

		/**
		 * The meta object literal for the '<em><b>Endpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRATION_SERVICE__ENDPOINT = eINSTANCE.getIntegrationService_Endpoint();

		/**
		 * The meta object literal for the '<em><b>Platform</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTEGRATION_SERVICE__PLATFORM = eINSTANCE.getIntegrationService_Platform();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.InfrastructureImpl <em>Infrastructure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.InfrastructureImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getInfrastructure()
		 * @generated
		 */
		EClass INFRASTRUCTURE = eINSTANCE.getInfrastructure();

		/**
		 * The meta object literal for the '<em><b>Infra Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFRASTRUCTURE__INFRA_TYPE = eINSTANCE.getInfrastructure_InfraType();

		/**
		 * The meta object literal for the '<em><b>Ipv6 Ready</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFRASTRUCTURE__IPV6_READY = eINSTANCE.getInfrastructure_Ipv6Ready();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.SecurityControlImpl <em>Security Control</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.SecurityControlImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getSecurityControl()
		 * @generated
		 */
		EClass SECURITY_CONTROL = eINSTANCE.getSecurityControl();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_CONTROL__LAYER = eINSTANCE.getSecurityControl_Layer();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.RegulationImpl <em>Regulation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.RegulationImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getRegulation()
		 * @generated
		 */
		EClass REGULATION = eINSTANCE.getRegulation();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION__NUMBER = eINSTANCE.getRegulation_Number();

		/**
		 * The meta object literal for the '<em><b>Issue Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION__ISSUE_DATE = eINSTANCE.getRegulation_IssueDate();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION__ISSUER = eINSTANCE.getRegulation_Issuer();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.PolicyImpl <em>Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.PolicyImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getPolicy()
		 * @generated
		 */
		EClass POLICY = eINSTANCE.getPolicy();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.StandardImpl <em>Standard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.StandardImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getStandard()
		 * @generated
		 */
		EClass STANDARD = eINSTANCE.getStandard();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ProjectImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__PHASE = eINSTANCE.getProject_Phase();

		/**
		 * The meta object literal for the '<em><b>Budget Vnd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__BUDGET_VND = eINSTANCE.getProject_BudgetVnd();

		/**
		 * The meta object literal for the '<em><b>Funding Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__FUNDING_SOURCE = eINSTANCE.getProject_FundingSource();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__START_YEAR = eINSTANCE.getProject_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__END_YEAR = eINSTANCE.getProject_EndYear();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.RoadmapImpl <em>Roadmap</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.RoadmapImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getRoadmap()
		 * @generated
		 */
		EClass ROADMAP = eINSTANCE.getRoadmap();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP__ITEMS = eINSTANCE.getRoadmap_Items();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.RoadmapItemImpl <em>Roadmap Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.RoadmapItemImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getRoadmapItem()
		 * @generated
		 */
		EClass ROADMAP_ITEM = eINSTANCE.getRoadmapItem();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ITEM__PHASE = eINSTANCE.getRoadmapItem_Phase();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ITEM__START_YEAR = eINSTANCE.getRoadmapItem_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ITEM__END_YEAR = eINSTANCE.getRoadmapItem_EndYear();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP_ITEM__PROJECTS = eINSTANCE.getRoadmapItem_Projects();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP_ITEM__TARGETS = eINSTANCE.getRoadmapItem_Targets();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ExternalSystemImpl <em>External System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ExternalSystemImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getExternalSystem()
		 * @generated
		 */
		EClass EXTERNAL_SYSTEM = eINSTANCE.getExternalSystem();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_SYSTEM__OPERATOR = eINSTANCE.getExternalSystem_Operator();

		/**
		 * The meta object literal for the '<em><b>National Database</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_SYSTEM__NATIONAL_DATABASE = eINSTANCE.getExternalSystem_NationalDatabase();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.RelationshipImpl <em>Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.RelationshipImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getRelationship()
		 * @generated
		 */
		EClass RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__SOURCE = eINSTANCE.getRelationship_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__TARGET = eINSTANCE.getRelationship_Target();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ComposesImpl <em>Composes</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ComposesImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getComposes()
		 * @generated
		 */
		EClass COMPOSES = eINSTANCE.getComposes();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ServesImpl <em>Serves</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ServesImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getServes()
		 * @generated
		 */
		EClass SERVES = eINSTANCE.getServes();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.AccessesImpl <em>Accesses</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.AccessesImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getAccesses()
		 * @generated
		 */
		EClass ACCESSES = eINSTANCE.getAccesses();

		/**
		 * The meta object literal for the '<em><b>Access Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESSES__ACCESS_MODE = eINSTANCE.getAccesses_AccessMode();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.RealisesImpl <em>Realises</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.RealisesImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getRealises()
		 * @generated
		 */
		EClass REALISES = eINSTANCE.getRealises();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.FlowsViaImpl <em>Flows Via</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.FlowsViaImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getFlowsVia()
		 * @generated
		 */
		EClass FLOWS_VIA = eINSTANCE.getFlowsVia();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.DeployedOnImpl <em>Deployed On</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.DeployedOnImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDeployedOn()
		 * @generated
		 */
		EClass DEPLOYED_ON = eINSTANCE.getDeployedOn();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.OwnsImpl <em>Owns</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.OwnsImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getOwns()
		 * @generated
		 */
		EClass OWNS = eINSTANCE.getOwns();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.CompliesWithImpl <em>Complies With</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.CompliesWithImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getCompliesWith()
		 * @generated
		 */
		EClass COMPLIES_WITH = eINSTANCE.getCompliesWith();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ProtectsImpl <em>Protects</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ProtectsImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getProtects()
		 * @generated
		 */
		EClass PROTECTS = eINSTANCE.getProtects();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.ReplacesImpl <em>Replaces</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ReplacesImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getReplaces()
		 * @generated
		 */
		EClass REPLACES = eINSTANCE.getReplaces();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.DiagramContainer <em>Diagram Container</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.DiagramContainer
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramContainer()
		 * @generated
		 */
		EClass DIAGRAM_CONTAINER = eINSTANCE.getDiagramContainer();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_CONTAINER__CHILDREN = eINSTANCE.getDiagramContainer_Children();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.DiagramImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Viewpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__VIEWPOINT = eINSTANCE.getDiagram_Viewpoint();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__CONNECTIONS = eINSTANCE.getDiagram_Connections();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.DiagramComponentImpl <em>Diagram Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.DiagramComponentImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramComponent()
		 * @generated
		 */
		EClass DIAGRAM_COMPONENT = eINSTANCE.getDiagramComponent();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.DiagramShapeImpl <em>Diagram Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.DiagramShapeImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramShape()
		 * @generated
		 */
		EClass DIAGRAM_SHAPE = eINSTANCE.getDiagramShape();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_SHAPE__X = eINSTANCE.getDiagramShape_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_SHAPE__Y = eINSTANCE.getDiagramShape_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_SHAPE__WIDTH = eINSTANCE.getDiagramShape_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_SHAPE__HEIGHT = eINSTANCE.getDiagramShape_Height();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.DiagramNodeImpl <em>Diagram Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.DiagramNodeImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramNode()
		 * @generated
		 */
		EClass DIAGRAM_NODE = eINSTANCE.getDiagramNode();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_NODE__ELEMENT = eINSTANCE.getDiagramNode_Element();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.DiagramGroupImpl <em>Diagram Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.DiagramGroupImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramGroup()
		 * @generated
		 */
		EClass DIAGRAM_GROUP = eINSTANCE.getDiagramGroup();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_GROUP__LABEL = eINSTANCE.getDiagramGroup_Label();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.DiagramConnectionImpl <em>Diagram Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.DiagramConnectionImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getDiagramConnection()
		 * @generated
		 */
		EClass DIAGRAM_CONNECTION = eINSTANCE.getDiagramConnection();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_CONNECTION__RELATIONSHIP = eINSTANCE.getDiagramConnection_Relationship();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_CONNECTION__SOURCE = eINSTANCE.getDiagramConnection_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_CONNECTION__TARGET = eINSTANCE.getDiagramConnection_Target();

		/**
		 * The meta object literal for the '<em><b>Bendpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_CONNECTION__BENDPOINTS = eINSTANCE.getDiagramConnection_Bendpoints();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.impl.BendpointImpl <em>Bendpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.BendpointImpl
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getBendpoint()
		 * @generated
		 */
		EClass BENDPOINT = eINSTANCE.getBendpoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENDPOINT__X = eINSTANCE.getBendpoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENDPOINT__Y = eINSTANCE.getBendpoint_Y();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.FolderType <em>Folder Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.FolderType
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getFolderType()
		 * @generated
		 */
		EEnum FOLDER_TYPE = eINSTANCE.getFolderType();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.LifecycleStatus <em>Lifecycle Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.LifecycleStatus
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getLifecycleStatus()
		 * @generated
		 */
		EEnum LIFECYCLE_STATUS = eINSTANCE.getLifecycleStatus();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.GovernmentLevel <em>Government Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.GovernmentLevel
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getGovernmentLevel()
		 * @generated
		 */
		EEnum GOVERNMENT_LEVEL = eINSTANCE.getGovernmentLevel();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.StakeholderType <em>Stakeholder Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.StakeholderType
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getStakeholderType()
		 * @generated
		 */
		EEnum STAKEHOLDER_TYPE = eINSTANCE.getStakeholderType();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.OnlineServiceLevel <em>Online Service Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.OnlineServiceLevel
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getOnlineServiceLevel()
		 * @generated
		 */
		EEnum ONLINE_SERVICE_LEVEL = eINSTANCE.getOnlineServiceLevel();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.ApplicationScope <em>Application Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.ApplicationScope
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getApplicationScope()
		 * @generated
		 */
		EEnum APPLICATION_SCOPE = eINSTANCE.getApplicationScope();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.Ownership <em>Ownership</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.Ownership
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getOwnership()
		 * @generated
		 */
		EEnum OWNERSHIP = eINSTANCE.getOwnership();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.IntegrationPlatformKind <em>Integration Platform Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.IntegrationPlatformKind
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getIntegrationPlatformKind()
		 * @generated
		 */
		EEnum INTEGRATION_PLATFORM_KIND = eINSTANCE.getIntegrationPlatformKind();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.SecurityLayer <em>Security Layer</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.SecurityLayer
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getSecurityLayer()
		 * @generated
		 */
		EEnum SECURITY_LAYER = eINSTANCE.getSecurityLayer();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.architecture.model.AccessMode <em>Access Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.AccessMode
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getAccessMode()
		 * @generated
		 */
		EEnum ACCESS_MODE = eINSTANCE.getAccessMode();

		/**
		 * The meta object literal for the '<em>Security Level</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getSecurityLevel()
		 * @generated
		 */
		EDataType SECURITY_LEVEL = eINSTANCE.getSecurityLevel();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see vn.egov.workbench.architecture.model.impl.ArchitecturePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //ArchitecturePackage
