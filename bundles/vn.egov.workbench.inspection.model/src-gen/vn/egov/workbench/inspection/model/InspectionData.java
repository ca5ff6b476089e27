/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A container for a set of inspection data, e.g. a year loaded from the store.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionData#getRounds <em>Rounds</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionData#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionData#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionData()
 * @model
 * @generated
 */
public interface InspectionData extends EObject {
	/**
	 * Returns the value of the '<em><b>Rounds</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.inspection.model.InspectionRound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rounds</em>' containment reference list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionData_Rounds()
	 * @model containment="true"
	 * @generated
	 */
	EList<InspectionRound> getRounds();

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.inspection.model.InspectedSubject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjects</em>' containment reference list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionData_Subjects()
	 * @model containment="true"
	 * @generated
	 */
	EList<InspectedSubject> getSubjects();

	/**
	 * Returns the value of the '<em><b>Records</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.inspection.model.ViolationRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Records</em>' containment reference list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionData_Records()
	 * @model containment="true"
	 * @generated
	 */
	EList<ViolationRecord> getRecords();

} // InspectionData
