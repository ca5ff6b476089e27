/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import vn.egov.workbench.inspection.model.*;

import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.RoundStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.ViolatorType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class InspectionFactoryImpl extends EFactoryImpl implements InspectionFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static InspectionFactory init() {
		try {
			InspectionFactory theInspectionFactory = (InspectionFactory)EPackage.Registry.INSTANCE.getEFactory(InspectionPackage.eNS_URI);
			if (theInspectionFactory != null) {
				return theInspectionFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new InspectionFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case InspectionPackage.INSPECTION_DATA: return createInspectionData();
			case InspectionPackage.INSPECTION_ROUND: return createInspectionRound();
			case InspectionPackage.TEAM_MEMBER: return createTeamMember();
			case InspectionPackage.INSPECTED_SUBJECT: return createInspectedSubject();
			case InspectionPackage.VIOLATION_RECORD: return createViolationRecord();
			case InspectionPackage.BEHAVIOUR: return createBehaviour();
			case InspectionPackage.SANCTION_DECISION: return createSanctionDecision();
			case InspectionPackage.DECISION_LINE: return createDecisionLine();
			case InspectionPackage.PAYMENT: return createPayment();
			case InspectionPackage.INSTALMENT: return createInstalment();
			case InspectionPackage.ENFORCEMENT: return createEnforcement();
			case InspectionPackage.ATTACHMENT: return createAttachment();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case InspectionPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case InspectionPackage.LOCAL_DATE_TIME:
				return createLocalDateTimeFromString(eDataType, initialValue);
			case InspectionPackage.ROUND_STATUS:
				return createRoundStatusFromString(eDataType, initialValue);
			case InspectionPackage.CASE_STATUS:
				return createCaseStatusFromString(eDataType, initialValue);
			case InspectionPackage.CASE_KIND:
				return createCaseKindFromString(eDataType, initialValue);
			case InspectionPackage.VIOLATOR_TYPE:
				return createViolatorTypeFromString(eDataType, initialValue);
			case InspectionPackage.SECTOR:
				return createSectorFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case InspectionPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case InspectionPackage.LOCAL_DATE_TIME:
				return convertLocalDateTimeToString(eDataType, instanceValue);
			case InspectionPackage.ROUND_STATUS:
				return convertRoundStatusToString(eDataType, instanceValue);
			case InspectionPackage.CASE_STATUS:
				return convertCaseStatusToString(eDataType, instanceValue);
			case InspectionPackage.CASE_KIND:
				return convertCaseKindToString(eDataType, instanceValue);
			case InspectionPackage.VIOLATOR_TYPE:
				return convertViolatorTypeToString(eDataType, instanceValue);
			case InspectionPackage.SECTOR:
				return convertSectorToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionData createInspectionData() {
		InspectionDataImpl inspectionData = new InspectionDataImpl();
		return inspectionData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionRound createInspectionRound() {
		InspectionRoundImpl inspectionRound = new InspectionRoundImpl();
		return inspectionRound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeamMember createTeamMember() {
		TeamMemberImpl teamMember = new TeamMemberImpl();
		return teamMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectedSubject createInspectedSubject() {
		InspectedSubjectImpl inspectedSubject = new InspectedSubjectImpl();
		return inspectedSubject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ViolationRecord createViolationRecord() {
		ViolationRecordImpl violationRecord = new ViolationRecordImpl();
		return violationRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Behaviour createBehaviour() {
		BehaviourImpl behaviour = new BehaviourImpl();
		return behaviour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SanctionDecision createSanctionDecision() {
		SanctionDecisionImpl sanctionDecision = new SanctionDecisionImpl();
		return sanctionDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionLine createDecisionLine() {
		DecisionLineImpl decisionLine = new DecisionLineImpl();
		return decisionLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Payment createPayment() {
		PaymentImpl payment = new PaymentImpl();
		return payment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instalment createInstalment() {
		InstalmentImpl instalment = new InstalmentImpl();
		return instalment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enforcement createEnforcement() {
		EnforcementImpl enforcement = new EnforcementImpl();
		return enforcement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attachment createAttachment() {
		AttachmentImpl attachment = new AttachmentImpl();
		return attachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * ISO-8601 text; the default conversion cannot build java.time values.
	 * @generated NOT
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return initialValue == null ? null : LocalDate.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * ISO-8601 text.
	 * @generated NOT
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * ISO-8601 text; the default conversion cannot build java.time values.
	 * @generated NOT
	 */
	public LocalDateTime createLocalDateTimeFromString(EDataType eDataType, String initialValue) {
		return initialValue == null ? null : LocalDateTime.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * ISO-8601 text.
	 * @generated NOT
	 */
	public String convertLocalDateTimeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoundStatus createRoundStatusFromString(EDataType eDataType, String initialValue) {
		return (RoundStatus)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoundStatusToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseStatus createCaseStatusFromString(EDataType eDataType, String initialValue) {
		return (CaseStatus)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseStatusToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseKind createCaseKindFromString(EDataType eDataType, String initialValue) {
		return (CaseKind)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseKindToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ViolatorType createViolatorTypeFromString(EDataType eDataType, String initialValue) {
		return (ViolatorType)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertViolatorTypeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sector createSectorFromString(EDataType eDataType, String initialValue) {
		return (Sector)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectorToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionPackage getInspectionPackage() {
		return (InspectionPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static InspectionPackage getPackage() {
		return InspectionPackage.eINSTANCE;
	}

} //InspectionFactoryImpl
