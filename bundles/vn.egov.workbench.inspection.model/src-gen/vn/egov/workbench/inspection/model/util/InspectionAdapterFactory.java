/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.inspection.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see vn.egov.workbench.inspection.model.InspectionPackage
 * @generated
 */
public class InspectionAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static InspectionPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = InspectionPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionSwitch<Adapter> modelSwitch =
		new InspectionSwitch<Adapter>() {
			@Override
			public Adapter caseInspectionData(InspectionData object) {
				return createInspectionDataAdapter();
			}
			@Override
			public Adapter caseEntity(Entity object) {
				return createEntityAdapter();
			}
			@Override
			public Adapter caseInspectionRound(InspectionRound object) {
				return createInspectionRoundAdapter();
			}
			@Override
			public Adapter caseTeamMember(TeamMember object) {
				return createTeamMemberAdapter();
			}
			@Override
			public Adapter caseInspectedSubject(InspectedSubject object) {
				return createInspectedSubjectAdapter();
			}
			@Override
			public Adapter caseViolationRecord(ViolationRecord object) {
				return createViolationRecordAdapter();
			}
			@Override
			public Adapter caseBehaviour(Behaviour object) {
				return createBehaviourAdapter();
			}
			@Override
			public Adapter caseSanctionDecision(SanctionDecision object) {
				return createSanctionDecisionAdapter();
			}
			@Override
			public Adapter caseDecisionLine(DecisionLine object) {
				return createDecisionLineAdapter();
			}
			@Override
			public Adapter casePayment(Payment object) {
				return createPaymentAdapter();
			}
			@Override
			public Adapter caseInstalment(Instalment object) {
				return createInstalmentAdapter();
			}
			@Override
			public Adapter caseEnforcement(Enforcement object) {
				return createEnforcementAdapter();
			}
			@Override
			public Adapter caseAttachment(Attachment object) {
				return createAttachmentAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.InspectionData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.InspectionData
	 * @generated
	 */
	public Adapter createInspectionDataAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.Entity
	 * @generated
	 */
	public Adapter createEntityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.InspectionRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.InspectionRound
	 * @generated
	 */
	public Adapter createInspectionRoundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.TeamMember <em>Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.TeamMember
	 * @generated
	 */
	public Adapter createTeamMemberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.InspectedSubject <em>Inspected Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.InspectedSubject
	 * @generated
	 */
	public Adapter createInspectedSubjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.ViolationRecord <em>Violation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.ViolationRecord
	 * @generated
	 */
	public Adapter createViolationRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.Behaviour <em>Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.Behaviour
	 * @generated
	 */
	public Adapter createBehaviourAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.SanctionDecision <em>Sanction Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.SanctionDecision
	 * @generated
	 */
	public Adapter createSanctionDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.DecisionLine <em>Decision Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.DecisionLine
	 * @generated
	 */
	public Adapter createDecisionLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.Payment <em>Payment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.Payment
	 * @generated
	 */
	public Adapter createPaymentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.Instalment <em>Instalment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.Instalment
	 * @generated
	 */
	public Adapter createInstalmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.Enforcement <em>Enforcement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.Enforcement
	 * @generated
	 */
	public Adapter createEnforcementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.inspection.model.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.inspection.model.Attachment
	 * @generated
	 */
	public Adapter createAttachmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //InspectionAdapterFactory
