/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * @see vn.egov.workbench.inspection.model.InspectionFactory
 * @model kind="package"
 * @generated
 */
public interface InspectionPackage extends EPackage {
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
	String eNS_URI = "http://egov.vn/workbench/inspection/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "inspection";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InspectionPackage eINSTANCE = vn.egov.workbench.inspection.model.impl.InspectionPackageImpl.init();

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.InspectionDataImpl <em>Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.InspectionDataImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getInspectionData()
	 * @generated
	 */
	int INSPECTION_DATA = 0;

	/**
	 * The feature id for the '<em><b>Rounds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_DATA__ROUNDS = 0;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_DATA__SUBJECTS = 1;

	/**
	 * The feature id for the '<em><b>Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_DATA__RECORDS = 2;

	/**
	 * The number of structural features of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_DATA_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_DATA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.EntityImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl <em>Round</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.InspectionRoundImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getInspectionRound()
	 * @generated
	 */
	int INSPECTION_ROUND = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Decision Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__DECISION_NUMBER = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__DECISION_DATE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__TITLE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__LEGAL_BASIS = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Leading Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__LEADING_BODY = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Partner Bodies</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__PARTNER_BODIES = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__MEMBERS = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__SUBJECTS = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__PLANNED_START = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__PLANNED_END = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__ACTUAL_START = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Actual End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__ACTUAL_END = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__STATUS = ENTITY_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.TeamMemberImpl <em>Team Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.TeamMemberImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getTeamMember()
	 * @generated
	 */
	int TEAM_MEMBER = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__POSITION = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__ROLE = 2;

	/**
	 * The number of structural features of the '<em>Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.InspectedSubjectImpl <em>Inspected Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.InspectedSubjectImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getInspectedSubject()
	 * @generated
	 */
	int INSPECTED_SUBJECT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTED_SUBJECT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTED_SUBJECT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Violator Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTED_SUBJECT__VIOLATOR_TYPE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTED_SUBJECT__NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tax Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTED_SUBJECT__TAX_CODE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Id Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTED_SUBJECT__ID_NUMBER = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTED_SUBJECT__ADDRESS = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTED_SUBJECT__SECTOR = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Inspected Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTED_SUBJECT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Inspected Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTED_SUBJECT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl <em>Violation Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.ViolationRecordImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getViolationRecord()
	 * @generated
	 */
	int VIOLATION_RECORD = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Round</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__ROUND = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__NUMBER = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__RECORDED_AT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__PLACE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Recorder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__RECORDER = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Violator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__VIOLATOR = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Behaviours</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__BEHAVIOURS = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__SIGNED = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Refusal Witness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__REFUSAL_WITNESS = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Refusal Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__REFUSAL_REASON = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Explanation Requested</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__EXPLANATION_REQUESTED = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Case Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__CASE_KIND = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__STATUS = ENTITY_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__DECISION = ENTITY_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD__ATTACHMENTS = ENTITY_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Violation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Violation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_RECORD_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.BehaviourImpl <em>Behaviour</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.BehaviourImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getBehaviour()
	 * @generated
	 */
	int BEHAVIOUR = 6;

	/**
	 * The feature id for the '<em><b>Decree Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR__DECREE_ID = 0;

	/**
	 * The feature id for the '<em><b>Article Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR__ARTICLE_REF = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Behaviour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Behaviour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl <em>Sanction Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getSanctionDecision()
	 * @generated
	 */
	int SANCTION_DECISION = 7;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__DECIDED_ON = 1;

	/**
	 * The feature id for the '<em><b>Signer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__SIGNER = 2;

	/**
	 * The feature id for the '<em><b>Signer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__SIGNER_ROLE = 3;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__LINES = 4;

	/**
	 * The feature id for the '<em><b>Additional Sanctions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__ADDITIONAL_SANCTIONS = 5;

	/**
	 * The feature id for the '<em><b>Remedial Measures</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__REMEDIAL_MEASURES = 6;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__TOTAL = 7;

	/**
	 * The feature id for the '<em><b>Payments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__PAYMENTS = 8;

	/**
	 * The feature id for the '<em><b>Instalments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__INSTALMENTS = 9;

	/**
	 * The feature id for the '<em><b>Enforcement</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__ENFORCEMENT = 10;

	/**
	 * The feature id for the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION__RECEIVED_ON = 11;

	/**
	 * The number of structural features of the '<em>Sanction Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Sanction Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.DecisionLineImpl <em>Decision Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.DecisionLineImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getDecisionLine()
	 * @generated
	 */
	int DECISION_LINE = 8;

	/**
	 * The feature id for the '<em><b>Decree Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_LINE__DECREE_ID = 0;

	/**
	 * The feature id for the '<em><b>Article Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_LINE__ARTICLE_REF = 1;

	/**
	 * The feature id for the '<em><b>Range Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_LINE__RANGE_MIN = 2;

	/**
	 * The feature id for the '<em><b>Range Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_LINE__RANGE_MAX = 3;

	/**
	 * The feature id for the '<em><b>Mitigating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_LINE__MITIGATING = 4;

	/**
	 * The feature id for the '<em><b>Aggravating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_LINE__AGGRAVATING = 5;

	/**
	 * The feature id for the '<em><b>Fine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_LINE__FINE = 6;

	/**
	 * The number of structural features of the '<em>Decision Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_LINE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Decision Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.PaymentImpl <em>Payment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.PaymentImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getPayment()
	 * @generated
	 */
	int PAYMENT = 9;

	/**
	 * The feature id for the '<em><b>Receipt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT__RECEIPT = 0;

	/**
	 * The feature id for the '<em><b>Paid On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT__PAID_ON = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT__AMOUNT = 2;

	/**
	 * The number of structural features of the '<em>Payment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Payment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.InstalmentImpl <em>Instalment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.InstalmentImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getInstalment()
	 * @generated
	 */
	int INSTALMENT = 10;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALMENT__SEQUENCE = 0;

	/**
	 * The feature id for the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALMENT__DUE_ON = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALMENT__AMOUNT = 2;

	/**
	 * The number of structural features of the '<em>Instalment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Instalment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.EnforcementImpl <em>Enforcement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.EnforcementImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getEnforcement()
	 * @generated
	 */
	int ENFORCEMENT = 11;

	/**
	 * The feature id for the '<em><b>Decision Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT__DECISION_NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT__DECIDED_ON = 1;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT__MEASURE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Enforcement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Enforcement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENFORCEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link vn.egov.workbench.inspection.model.impl.AttachmentImpl <em>Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.model.impl.AttachmentImpl
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getAttachment()
	 * @generated
	 */
	int ATTACHMENT = 12;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__PATH = 0;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 13;

	/**
	 * The meta object id for the '<em>Local Date Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDateTime
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getLocalDateTime()
	 * @generated
	 */
	int LOCAL_DATE_TIME = 14;

	/**
	 * The meta object id for the '<em>Round Status</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.rules.RoundStatus
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getRoundStatus()
	 * @generated
	 */
	int ROUND_STATUS = 15;

	/**
	 * The meta object id for the '<em>Case Status</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.rules.CaseStatus
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getCaseStatus()
	 * @generated
	 */
	int CASE_STATUS = 16;

	/**
	 * The meta object id for the '<em>Case Kind</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.rules.CaseKind
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getCaseKind()
	 * @generated
	 */
	int CASE_KIND = 17;

	/**
	 * The meta object id for the '<em>Violator Type</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.rules.ViolatorType
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getViolatorType()
	 * @generated
	 */
	int VIOLATOR_TYPE = 18;

	/**
	 * The meta object id for the '<em>Sector</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see vn.egov.workbench.inspection.rules.Sector
	 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getSector()
	 * @generated
	 */
	int SECTOR = 19;


	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.InspectionData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionData
	 * @generated
	 */
	EClass getInspectionData();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.inspection.model.InspectionData#getRounds <em>Rounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rounds</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionData#getRounds()
	 * @see #getInspectionData()
	 * @generated
	 */
	EReference getInspectionData_Rounds();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.inspection.model.InspectionData#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subjects</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionData#getSubjects()
	 * @see #getInspectionData()
	 * @generated
	 */
	EReference getInspectionData_Subjects();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.inspection.model.InspectionData#getRecords <em>Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Records</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionData#getRecords()
	 * @see #getInspectionData()
	 * @generated
	 */
	EReference getInspectionData_Records();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see vn.egov.workbench.inspection.model.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Entity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see vn.egov.workbench.inspection.model.Entity#getId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Entity#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see vn.egov.workbench.inspection.model.Entity#getVersion()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Version();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.InspectionRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Round</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound
	 * @generated
	 */
	EClass getInspectionRound();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectionRound#getDecisionNumber <em>Decision Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Number</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getDecisionNumber()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_DecisionNumber();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectionRound#getDecisionDate <em>Decision Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Date</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getDecisionDate()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_DecisionDate();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectionRound#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getTitle()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_Title();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectionRound#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Basis</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getLegalBasis()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_LegalBasis();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectionRound#getLeadingBody <em>Leading Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leading Body</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getLeadingBody()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_LeadingBody();

	/**
	 * Returns the meta object for the attribute list '{@link vn.egov.workbench.inspection.model.InspectionRound#getPartnerBodies <em>Partner Bodies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Partner Bodies</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getPartnerBodies()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_PartnerBodies();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.inspection.model.InspectionRound#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getMembers()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EReference getInspectionRound_Members();

	/**
	 * Returns the meta object for the reference list '{@link vn.egov.workbench.inspection.model.InspectionRound#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Subjects</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getSubjects()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EReference getInspectionRound_Subjects();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectionRound#getPlannedStart <em>Planned Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Start</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getPlannedStart()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_PlannedStart();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectionRound#getPlannedEnd <em>Planned End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned End</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getPlannedEnd()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_PlannedEnd();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectionRound#getActualStart <em>Actual Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Start</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getActualStart()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_ActualStart();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectionRound#getActualEnd <em>Actual End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual End</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getActualEnd()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_ActualEnd();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectionRound#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectionRound#getStatus()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_Status();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.TeamMember <em>Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team Member</em>'.
	 * @see vn.egov.workbench.inspection.model.TeamMember
	 * @generated
	 */
	EClass getTeamMember();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.TeamMember#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see vn.egov.workbench.inspection.model.TeamMember#getName()
	 * @see #getTeamMember()
	 * @generated
	 */
	EAttribute getTeamMember_Name();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.TeamMember#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see vn.egov.workbench.inspection.model.TeamMember#getPosition()
	 * @see #getTeamMember()
	 * @generated
	 */
	EAttribute getTeamMember_Position();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.TeamMember#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see vn.egov.workbench.inspection.model.TeamMember#getRole()
	 * @see #getTeamMember()
	 * @generated
	 */
	EAttribute getTeamMember_Role();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.InspectedSubject <em>Inspected Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspected Subject</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectedSubject
	 * @generated
	 */
	EClass getInspectedSubject();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectedSubject#getViolatorType <em>Violator Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Violator Type</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectedSubject#getViolatorType()
	 * @see #getInspectedSubject()
	 * @generated
	 */
	EAttribute getInspectedSubject_ViolatorType();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectedSubject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectedSubject#getName()
	 * @see #getInspectedSubject()
	 * @generated
	 */
	EAttribute getInspectedSubject_Name();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectedSubject#getTaxCode <em>Tax Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tax Code</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectedSubject#getTaxCode()
	 * @see #getInspectedSubject()
	 * @generated
	 */
	EAttribute getInspectedSubject_TaxCode();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectedSubject#getIdNumber <em>Id Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id Number</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectedSubject#getIdNumber()
	 * @see #getInspectedSubject()
	 * @generated
	 */
	EAttribute getInspectedSubject_IdNumber();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectedSubject#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectedSubject#getAddress()
	 * @see #getInspectedSubject()
	 * @generated
	 */
	EAttribute getInspectedSubject_Address();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.InspectedSubject#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see vn.egov.workbench.inspection.model.InspectedSubject#getSector()
	 * @see #getInspectedSubject()
	 * @generated
	 */
	EAttribute getInspectedSubject_Sector();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.ViolationRecord <em>Violation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Violation Record</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord
	 * @generated
	 */
	EClass getViolationRecord();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.inspection.model.ViolationRecord#getRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Round</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getRound()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EReference getViolationRecord_Round();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.ViolationRecord#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getNumber()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EAttribute getViolationRecord_Number();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.ViolationRecord#getRecordedAt <em>Recorded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded At</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getRecordedAt()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EAttribute getViolationRecord_RecordedAt();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.ViolationRecord#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getPlace()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EAttribute getViolationRecord_Place();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.ViolationRecord#getRecorder <em>Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorder</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getRecorder()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EAttribute getViolationRecord_Recorder();

	/**
	 * Returns the meta object for the reference '{@link vn.egov.workbench.inspection.model.ViolationRecord#getViolator <em>Violator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Violator</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getViolator()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EReference getViolationRecord_Violator();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.inspection.model.ViolationRecord#getBehaviours <em>Behaviours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Behaviours</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getBehaviours()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EReference getViolationRecord_Behaviours();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.ViolationRecord#isSigned <em>Signed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#isSigned()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EAttribute getViolationRecord_Signed();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.ViolationRecord#getRefusalWitness <em>Refusal Witness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refusal Witness</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getRefusalWitness()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EAttribute getViolationRecord_RefusalWitness();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.ViolationRecord#getRefusalReason <em>Refusal Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refusal Reason</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getRefusalReason()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EAttribute getViolationRecord_RefusalReason();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.ViolationRecord#isExplanationRequested <em>Explanation Requested</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation Requested</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#isExplanationRequested()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EAttribute getViolationRecord_ExplanationRequested();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.ViolationRecord#getCaseKind <em>Case Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Kind</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getCaseKind()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EAttribute getViolationRecord_CaseKind();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.ViolationRecord#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getStatus()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EAttribute getViolationRecord_Status();

	/**
	 * Returns the meta object for the containment reference '{@link vn.egov.workbench.inspection.model.ViolationRecord#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Decision</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getDecision()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EReference getViolationRecord_Decision();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.inspection.model.ViolationRecord#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord#getAttachments()
	 * @see #getViolationRecord()
	 * @generated
	 */
	EReference getViolationRecord_Attachments();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.Behaviour <em>Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Behaviour</em>'.
	 * @see vn.egov.workbench.inspection.model.Behaviour
	 * @generated
	 */
	EClass getBehaviour();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Behaviour#getDecreeId <em>Decree Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decree Id</em>'.
	 * @see vn.egov.workbench.inspection.model.Behaviour#getDecreeId()
	 * @see #getBehaviour()
	 * @generated
	 */
	EAttribute getBehaviour_DecreeId();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Behaviour#getArticleRef <em>Article Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Article Ref</em>'.
	 * @see vn.egov.workbench.inspection.model.Behaviour#getArticleRef()
	 * @see #getBehaviour()
	 * @generated
	 */
	EAttribute getBehaviour_ArticleRef();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Behaviour#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see vn.egov.workbench.inspection.model.Behaviour#getDescription()
	 * @see #getBehaviour()
	 * @generated
	 */
	EAttribute getBehaviour_Description();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.SanctionDecision <em>Sanction Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sanction Decision</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision
	 * @generated
	 */
	EClass getSanctionDecision();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.SanctionDecision#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getNumber()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EAttribute getSanctionDecision_Number();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.SanctionDecision#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getDecidedOn()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EAttribute getSanctionDecision_DecidedOn();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.SanctionDecision#getSigner <em>Signer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getSigner()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EAttribute getSanctionDecision_Signer();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.SanctionDecision#getSignerRole <em>Signer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Role</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getSignerRole()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EAttribute getSanctionDecision_SignerRole();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.inspection.model.SanctionDecision#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getLines()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EReference getSanctionDecision_Lines();

	/**
	 * Returns the meta object for the attribute list '{@link vn.egov.workbench.inspection.model.SanctionDecision#getAdditionalSanctions <em>Additional Sanctions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Additional Sanctions</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getAdditionalSanctions()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EAttribute getSanctionDecision_AdditionalSanctions();

	/**
	 * Returns the meta object for the attribute list '{@link vn.egov.workbench.inspection.model.SanctionDecision#getRemedialMeasures <em>Remedial Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Remedial Measures</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getRemedialMeasures()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EAttribute getSanctionDecision_RemedialMeasures();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.SanctionDecision#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getTotal()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EAttribute getSanctionDecision_Total();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.inspection.model.SanctionDecision#getPayments <em>Payments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Payments</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getPayments()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EReference getSanctionDecision_Payments();

	/**
	 * Returns the meta object for the containment reference list '{@link vn.egov.workbench.inspection.model.SanctionDecision#getInstalments <em>Instalments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instalments</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getInstalments()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EReference getSanctionDecision_Instalments();

	/**
	 * Returns the meta object for the containment reference '{@link vn.egov.workbench.inspection.model.SanctionDecision#getEnforcement <em>Enforcement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Enforcement</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getEnforcement()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EReference getSanctionDecision_Enforcement();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.SanctionDecision#getReceivedOn <em>Received On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received On</em>'.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision#getReceivedOn()
	 * @see #getSanctionDecision()
	 * @generated
	 */
	EAttribute getSanctionDecision_ReceivedOn();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.DecisionLine <em>Decision Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision Line</em>'.
	 * @see vn.egov.workbench.inspection.model.DecisionLine
	 * @generated
	 */
	EClass getDecisionLine();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.DecisionLine#getDecreeId <em>Decree Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decree Id</em>'.
	 * @see vn.egov.workbench.inspection.model.DecisionLine#getDecreeId()
	 * @see #getDecisionLine()
	 * @generated
	 */
	EAttribute getDecisionLine_DecreeId();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.DecisionLine#getArticleRef <em>Article Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Article Ref</em>'.
	 * @see vn.egov.workbench.inspection.model.DecisionLine#getArticleRef()
	 * @see #getDecisionLine()
	 * @generated
	 */
	EAttribute getDecisionLine_ArticleRef();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.DecisionLine#getRangeMin <em>Range Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Range Min</em>'.
	 * @see vn.egov.workbench.inspection.model.DecisionLine#getRangeMin()
	 * @see #getDecisionLine()
	 * @generated
	 */
	EAttribute getDecisionLine_RangeMin();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.DecisionLine#getRangeMax <em>Range Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Range Max</em>'.
	 * @see vn.egov.workbench.inspection.model.DecisionLine#getRangeMax()
	 * @see #getDecisionLine()
	 * @generated
	 */
	EAttribute getDecisionLine_RangeMax();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.DecisionLine#getMitigating <em>Mitigating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mitigating</em>'.
	 * @see vn.egov.workbench.inspection.model.DecisionLine#getMitigating()
	 * @see #getDecisionLine()
	 * @generated
	 */
	EAttribute getDecisionLine_Mitigating();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.DecisionLine#getAggravating <em>Aggravating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggravating</em>'.
	 * @see vn.egov.workbench.inspection.model.DecisionLine#getAggravating()
	 * @see #getDecisionLine()
	 * @generated
	 */
	EAttribute getDecisionLine_Aggravating();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.DecisionLine#getFine <em>Fine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fine</em>'.
	 * @see vn.egov.workbench.inspection.model.DecisionLine#getFine()
	 * @see #getDecisionLine()
	 * @generated
	 */
	EAttribute getDecisionLine_Fine();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.Payment <em>Payment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Payment</em>'.
	 * @see vn.egov.workbench.inspection.model.Payment
	 * @generated
	 */
	EClass getPayment();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Payment#getReceipt <em>Receipt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Receipt</em>'.
	 * @see vn.egov.workbench.inspection.model.Payment#getReceipt()
	 * @see #getPayment()
	 * @generated
	 */
	EAttribute getPayment_Receipt();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Payment#getPaidOn <em>Paid On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paid On</em>'.
	 * @see vn.egov.workbench.inspection.model.Payment#getPaidOn()
	 * @see #getPayment()
	 * @generated
	 */
	EAttribute getPayment_PaidOn();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Payment#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see vn.egov.workbench.inspection.model.Payment#getAmount()
	 * @see #getPayment()
	 * @generated
	 */
	EAttribute getPayment_Amount();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.Instalment <em>Instalment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instalment</em>'.
	 * @see vn.egov.workbench.inspection.model.Instalment
	 * @generated
	 */
	EClass getInstalment();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Instalment#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see vn.egov.workbench.inspection.model.Instalment#getSequence()
	 * @see #getInstalment()
	 * @generated
	 */
	EAttribute getInstalment_Sequence();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Instalment#getDueOn <em>Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due On</em>'.
	 * @see vn.egov.workbench.inspection.model.Instalment#getDueOn()
	 * @see #getInstalment()
	 * @generated
	 */
	EAttribute getInstalment_DueOn();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Instalment#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see vn.egov.workbench.inspection.model.Instalment#getAmount()
	 * @see #getInstalment()
	 * @generated
	 */
	EAttribute getInstalment_Amount();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.Enforcement <em>Enforcement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enforcement</em>'.
	 * @see vn.egov.workbench.inspection.model.Enforcement
	 * @generated
	 */
	EClass getEnforcement();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Enforcement#getDecisionNumber <em>Decision Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Number</em>'.
	 * @see vn.egov.workbench.inspection.model.Enforcement#getDecisionNumber()
	 * @see #getEnforcement()
	 * @generated
	 */
	EAttribute getEnforcement_DecisionNumber();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Enforcement#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see vn.egov.workbench.inspection.model.Enforcement#getDecidedOn()
	 * @see #getEnforcement()
	 * @generated
	 */
	EAttribute getEnforcement_DecidedOn();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Enforcement#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see vn.egov.workbench.inspection.model.Enforcement#getMeasure()
	 * @see #getEnforcement()
	 * @generated
	 */
	EAttribute getEnforcement_Measure();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Enforcement#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see vn.egov.workbench.inspection.model.Enforcement#getNote()
	 * @see #getEnforcement()
	 * @generated
	 */
	EAttribute getEnforcement_Note();

	/**
	 * Returns the meta object for class '{@link vn.egov.workbench.inspection.model.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment</em>'.
	 * @see vn.egov.workbench.inspection.model.Attachment
	 * @generated
	 */
	EClass getAttachment();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Attachment#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see vn.egov.workbench.inspection.model.Attachment#getPath()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Path();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Attachment#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see vn.egov.workbench.inspection.model.Attachment#getSha256()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link vn.egov.workbench.inspection.model.Attachment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see vn.egov.workbench.inspection.model.Attachment#getDescription()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Description();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An ISO date (yyyy-MM-dd).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDateTime <em>Local Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An ISO date and time.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date Time</em>'.
	 * @see java.time.LocalDateTime
	 * @model instanceClass="java.time.LocalDateTime"
	 * @generated
	 */
	EDataType getLocalDateTime();

	/**
	 * Returns the meta object for data type '{@link vn.egov.workbench.inspection.rules.RoundStatus <em>Round Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Status of a round; StatusTransitions gives the legal order.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Round Status</em>'.
	 * @see vn.egov.workbench.inspection.rules.RoundStatus
	 * @model instanceClass="vn.egov.workbench.inspection.rules.RoundStatus"
	 * @generated
	 */
	EDataType getRoundStatus();

	/**
	 * Returns the meta object for data type '{@link vn.egov.workbench.inspection.rules.CaseStatus <em>Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Status of a case; StatusTransitions gives the legal order.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Case Status</em>'.
	 * @see vn.egov.workbench.inspection.rules.CaseStatus
	 * @model instanceClass="vn.egov.workbench.inspection.rules.CaseStatus"
	 * @generated
	 */
	EDataType getCaseStatus();

	/**
	 * Returns the meta object for data type '{@link vn.egov.workbench.inspection.rules.CaseKind <em>Case Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * What decides the decision deadline.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Case Kind</em>'.
	 * @see vn.egov.workbench.inspection.rules.CaseKind
	 * @model instanceClass="vn.egov.workbench.inspection.rules.CaseKind"
	 * @generated
	 */
	EDataType getCaseKind();

	/**
	 * Returns the meta object for data type '{@link vn.egov.workbench.inspection.rules.ViolatorType <em>Violator Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Organisation or individual.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Violator Type</em>'.
	 * @see vn.egov.workbench.inspection.rules.ViolatorType
	 * @model instanceClass="vn.egov.workbench.inspection.rules.ViolatorType"
	 * @generated
	 */
	EDataType getViolatorType();

	/**
	 * Returns the meta object for data type '{@link vn.egov.workbench.inspection.rules.Sector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A regulated sector by code, e.g. postal.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Sector</em>'.
	 * @see vn.egov.workbench.inspection.rules.Sector
	 * @model instanceClass="vn.egov.workbench.inspection.rules.Sector"
	 * @generated
	 */
	EDataType getSector();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	InspectionFactory getInspectionFactory();

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
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.InspectionDataImpl <em>Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.InspectionDataImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getInspectionData()
		 * @generated
		 */
		EClass INSPECTION_DATA = eINSTANCE.getInspectionData();

		/**
		 * The meta object literal for the '<em><b>Rounds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_DATA__ROUNDS = eINSTANCE.getInspectionData_Rounds();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_DATA__SUBJECTS = eINSTANCE.getInspectionData_Subjects();

		/**
		 * The meta object literal for the '<em><b>Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_DATA__RECORDS = eINSTANCE.getInspectionData_Records();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.EntityImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ID = eINSTANCE.getEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__VERSION = eINSTANCE.getEntity_Version();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl <em>Round</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.InspectionRoundImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getInspectionRound()
		 * @generated
		 */
		EClass INSPECTION_ROUND = eINSTANCE.getInspectionRound();

		/**
		 * The meta object literal for the '<em><b>Decision Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__DECISION_NUMBER = eINSTANCE.getInspectionRound_DecisionNumber();

		/**
		 * The meta object literal for the '<em><b>Decision Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__DECISION_DATE = eINSTANCE.getInspectionRound_DecisionDate();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__TITLE = eINSTANCE.getInspectionRound_Title();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__LEGAL_BASIS = eINSTANCE.getInspectionRound_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Leading Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__LEADING_BODY = eINSTANCE.getInspectionRound_LeadingBody();

		/**
		 * The meta object literal for the '<em><b>Partner Bodies</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__PARTNER_BODIES = eINSTANCE.getInspectionRound_PartnerBodies();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROUND__MEMBERS = eINSTANCE.getInspectionRound_Members();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROUND__SUBJECTS = eINSTANCE.getInspectionRound_Subjects();

		/**
		 * The meta object literal for the '<em><b>Planned Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__PLANNED_START = eINSTANCE.getInspectionRound_PlannedStart();

		/**
		 * The meta object literal for the '<em><b>Planned End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__PLANNED_END = eINSTANCE.getInspectionRound_PlannedEnd();

		/**
		 * The meta object literal for the '<em><b>Actual Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__ACTUAL_START = eINSTANCE.getInspectionRound_ActualStart();

		/**
		 * The meta object literal for the '<em><b>Actual End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__ACTUAL_END = eINSTANCE.getInspectionRound_ActualEnd();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__STATUS = eINSTANCE.getInspectionRound_Status();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.TeamMemberImpl <em>Team Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.TeamMemberImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getTeamMember()
		 * @generated
		 */
		EClass TEAM_MEMBER = eINSTANCE.getTeamMember();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM_MEMBER__NAME = eINSTANCE.getTeamMember_Name();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM_MEMBER__POSITION = eINSTANCE.getTeamMember_Position();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM_MEMBER__ROLE = eINSTANCE.getTeamMember_Role();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.InspectedSubjectImpl <em>Inspected Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.InspectedSubjectImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getInspectedSubject()
		 * @generated
		 */
		EClass INSPECTED_SUBJECT = eINSTANCE.getInspectedSubject();

		/**
		 * The meta object literal for the '<em><b>Violator Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTED_SUBJECT__VIOLATOR_TYPE = eINSTANCE.getInspectedSubject_ViolatorType();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTED_SUBJECT__NAME = eINSTANCE.getInspectedSubject_Name();

		/**
		 * The meta object literal for the '<em><b>Tax Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTED_SUBJECT__TAX_CODE = eINSTANCE.getInspectedSubject_TaxCode();

		/**
		 * The meta object literal for the '<em><b>Id Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTED_SUBJECT__ID_NUMBER = eINSTANCE.getInspectedSubject_IdNumber();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTED_SUBJECT__ADDRESS = eINSTANCE.getInspectedSubject_Address();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTED_SUBJECT__SECTOR = eINSTANCE.getInspectedSubject_Sector();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl <em>Violation Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.ViolationRecordImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getViolationRecord()
		 * @generated
		 */
		EClass VIOLATION_RECORD = eINSTANCE.getViolationRecord();

		/**
		 * The meta object literal for the '<em><b>Round</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIOLATION_RECORD__ROUND = eINSTANCE.getViolationRecord_Round();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION_RECORD__NUMBER = eINSTANCE.getViolationRecord_Number();

		/**
		 * The meta object literal for the '<em><b>Recorded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION_RECORD__RECORDED_AT = eINSTANCE.getViolationRecord_RecordedAt();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION_RECORD__PLACE = eINSTANCE.getViolationRecord_Place();

		/**
		 * The meta object literal for the '<em><b>Recorder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION_RECORD__RECORDER = eINSTANCE.getViolationRecord_Recorder();

		/**
		 * The meta object literal for the '<em><b>Violator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIOLATION_RECORD__VIOLATOR = eINSTANCE.getViolationRecord_Violator();

		/**
		 * The meta object literal for the '<em><b>Behaviours</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIOLATION_RECORD__BEHAVIOURS = eINSTANCE.getViolationRecord_Behaviours();

		/**
		 * The meta object literal for the '<em><b>Signed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION_RECORD__SIGNED = eINSTANCE.getViolationRecord_Signed();

		/**
		 * The meta object literal for the '<em><b>Refusal Witness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION_RECORD__REFUSAL_WITNESS = eINSTANCE.getViolationRecord_RefusalWitness();

		/**
		 * The meta object literal for the '<em><b>Refusal Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION_RECORD__REFUSAL_REASON = eINSTANCE.getViolationRecord_RefusalReason();

		/**
		 * The meta object literal for the '<em><b>Explanation Requested</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION_RECORD__EXPLANATION_REQUESTED = eINSTANCE.getViolationRecord_ExplanationRequested();

		/**
		 * The meta object literal for the '<em><b>Case Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION_RECORD__CASE_KIND = eINSTANCE.getViolationRecord_CaseKind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION_RECORD__STATUS = eINSTANCE.getViolationRecord_Status();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIOLATION_RECORD__DECISION = eINSTANCE.getViolationRecord_Decision();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIOLATION_RECORD__ATTACHMENTS = eINSTANCE.getViolationRecord_Attachments();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.BehaviourImpl <em>Behaviour</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.BehaviourImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getBehaviour()
		 * @generated
		 */
		EClass BEHAVIOUR = eINSTANCE.getBehaviour();

		/**
		 * The meta object literal for the '<em><b>Decree Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEHAVIOUR__DECREE_ID = eINSTANCE.getBehaviour_DecreeId();

		/**
		 * The meta object literal for the '<em><b>Article Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEHAVIOUR__ARTICLE_REF = eINSTANCE.getBehaviour_ArticleRef();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEHAVIOUR__DESCRIPTION = eINSTANCE.getBehaviour_Description();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl <em>Sanction Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getSanctionDecision()
		 * @generated
		 */
		EClass SANCTION_DECISION = eINSTANCE.getSanctionDecision();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_DECISION__NUMBER = eINSTANCE.getSanctionDecision_Number();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_DECISION__DECIDED_ON = eINSTANCE.getSanctionDecision_DecidedOn();

		/**
		 * The meta object literal for the '<em><b>Signer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_DECISION__SIGNER = eINSTANCE.getSanctionDecision_Signer();

		/**
		 * The meta object literal for the '<em><b>Signer Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_DECISION__SIGNER_ROLE = eINSTANCE.getSanctionDecision_SignerRole();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SANCTION_DECISION__LINES = eINSTANCE.getSanctionDecision_Lines();

		/**
		 * The meta object literal for the '<em><b>Additional Sanctions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_DECISION__ADDITIONAL_SANCTIONS = eINSTANCE.getSanctionDecision_AdditionalSanctions();

		/**
		 * The meta object literal for the '<em><b>Remedial Measures</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_DECISION__REMEDIAL_MEASURES = eINSTANCE.getSanctionDecision_RemedialMeasures();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_DECISION__TOTAL = eINSTANCE.getSanctionDecision_Total();

		/**
		 * The meta object literal for the '<em><b>Payments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SANCTION_DECISION__PAYMENTS = eINSTANCE.getSanctionDecision_Payments();

		/**
		 * The meta object literal for the '<em><b>Instalments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SANCTION_DECISION__INSTALMENTS = eINSTANCE.getSanctionDecision_Instalments();

		/**
		 * The meta object literal for the '<em><b>Enforcement</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SANCTION_DECISION__ENFORCEMENT = eINSTANCE.getSanctionDecision_Enforcement();

		/**
		 * The meta object literal for the '<em><b>Received On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_DECISION__RECEIVED_ON = eINSTANCE.getSanctionDecision_ReceivedOn();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.DecisionLineImpl <em>Decision Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.DecisionLineImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getDecisionLine()
		 * @generated
		 */
		EClass DECISION_LINE = eINSTANCE.getDecisionLine();

		/**
		 * The meta object literal for the '<em><b>Decree Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_LINE__DECREE_ID = eINSTANCE.getDecisionLine_DecreeId();

		/**
		 * The meta object literal for the '<em><b>Article Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_LINE__ARTICLE_REF = eINSTANCE.getDecisionLine_ArticleRef();

		/**
		 * The meta object literal for the '<em><b>Range Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_LINE__RANGE_MIN = eINSTANCE.getDecisionLine_RangeMin();

		/**
		 * The meta object literal for the '<em><b>Range Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_LINE__RANGE_MAX = eINSTANCE.getDecisionLine_RangeMax();

		/**
		 * The meta object literal for the '<em><b>Mitigating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_LINE__MITIGATING = eINSTANCE.getDecisionLine_Mitigating();

		/**
		 * The meta object literal for the '<em><b>Aggravating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_LINE__AGGRAVATING = eINSTANCE.getDecisionLine_Aggravating();

		/**
		 * The meta object literal for the '<em><b>Fine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_LINE__FINE = eINSTANCE.getDecisionLine_Fine();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.PaymentImpl <em>Payment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.PaymentImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getPayment()
		 * @generated
		 */
		EClass PAYMENT = eINSTANCE.getPayment();

		/**
		 * The meta object literal for the '<em><b>Receipt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT__RECEIPT = eINSTANCE.getPayment_Receipt();

		/**
		 * The meta object literal for the '<em><b>Paid On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT__PAID_ON = eINSTANCE.getPayment_PaidOn();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT__AMOUNT = eINSTANCE.getPayment_Amount();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.InstalmentImpl <em>Instalment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.InstalmentImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getInstalment()
		 * @generated
		 */
		EClass INSTALMENT = eINSTANCE.getInstalment();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALMENT__SEQUENCE = eINSTANCE.getInstalment_Sequence();

		/**
		 * The meta object literal for the '<em><b>Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALMENT__DUE_ON = eINSTANCE.getInstalment_DueOn();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALMENT__AMOUNT = eINSTANCE.getInstalment_Amount();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.EnforcementImpl <em>Enforcement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.EnforcementImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getEnforcement()
		 * @generated
		 */
		EClass ENFORCEMENT = eINSTANCE.getEnforcement();

		/**
		 * The meta object literal for the '<em><b>Decision Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT__DECISION_NUMBER = eINSTANCE.getEnforcement_DecisionNumber();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT__DECIDED_ON = eINSTANCE.getEnforcement_DecidedOn();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT__MEASURE = eINSTANCE.getEnforcement_Measure();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENFORCEMENT__NOTE = eINSTANCE.getEnforcement_Note();

		/**
		 * The meta object literal for the '{@link vn.egov.workbench.inspection.model.impl.AttachmentImpl <em>Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.model.impl.AttachmentImpl
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getAttachment()
		 * @generated
		 */
		EClass ATTACHMENT = eINSTANCE.getAttachment();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__PATH = eINSTANCE.getAttachment_Path();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__SHA256 = eINSTANCE.getAttachment_Sha256();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__DESCRIPTION = eINSTANCE.getAttachment_Description();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Local Date Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDateTime
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getLocalDateTime()
		 * @generated
		 */
		EDataType LOCAL_DATE_TIME = eINSTANCE.getLocalDateTime();

		/**
		 * The meta object literal for the '<em>Round Status</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.rules.RoundStatus
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getRoundStatus()
		 * @generated
		 */
		EDataType ROUND_STATUS = eINSTANCE.getRoundStatus();

		/**
		 * The meta object literal for the '<em>Case Status</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.rules.CaseStatus
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getCaseStatus()
		 * @generated
		 */
		EDataType CASE_STATUS = eINSTANCE.getCaseStatus();

		/**
		 * The meta object literal for the '<em>Case Kind</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.rules.CaseKind
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getCaseKind()
		 * @generated
		 */
		EDataType CASE_KIND = eINSTANCE.getCaseKind();

		/**
		 * The meta object literal for the '<em>Violator Type</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.rules.ViolatorType
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getViolatorType()
		 * @generated
		 */
		EDataType VIOLATOR_TYPE = eINSTANCE.getViolatorType();

		/**
		 * The meta object literal for the '<em>Sector</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see vn.egov.workbench.inspection.rules.Sector
		 * @see vn.egov.workbench.inspection.model.impl.InspectionPackageImpl#getSector()
		 * @generated
		 */
		EDataType SECTOR = eINSTANCE.getSector();

	}

} //InspectionPackage
