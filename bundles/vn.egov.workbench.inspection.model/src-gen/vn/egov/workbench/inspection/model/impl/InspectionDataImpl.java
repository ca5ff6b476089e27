/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionData;
import vn.egov.workbench.inspection.model.InspectionPackage;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.ViolationRecord;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionDataImpl#getRounds <em>Rounds</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionDataImpl#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionDataImpl#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionDataImpl extends MinimalEObjectImpl.Container implements InspectionData {
	/**
	 * The cached value of the '{@link #getRounds() <em>Rounds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounds()
	 * @generated
	 * @ordered
	 */
	protected EList<InspectionRound> rounds;

	/**
	 * The cached value of the '{@link #getSubjects() <em>Subjects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjects()
	 * @generated
	 * @ordered
	 */
	protected EList<InspectedSubject> subjects;

	/**
	 * The cached value of the '{@link #getRecords() <em>Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<ViolationRecord> records;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.INSPECTION_DATA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InspectionRound> getRounds() {
		if (rounds == null) {
			rounds = new EObjectContainmentEList<InspectionRound>(InspectionRound.class, this, InspectionPackage.INSPECTION_DATA__ROUNDS);
		}
		return rounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InspectedSubject> getSubjects() {
		if (subjects == null) {
			subjects = new EObjectContainmentEList<InspectedSubject>(InspectedSubject.class, this, InspectionPackage.INSPECTION_DATA__SUBJECTS);
		}
		return subjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ViolationRecord> getRecords() {
		if (records == null) {
			records = new EObjectContainmentEList<ViolationRecord>(ViolationRecord.class, this, InspectionPackage.INSPECTION_DATA__RECORDS);
		}
		return records;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.INSPECTION_DATA__ROUNDS:
				return ((InternalEList<?>)getRounds()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_DATA__SUBJECTS:
				return ((InternalEList<?>)getSubjects()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_DATA__RECORDS:
				return ((InternalEList<?>)getRecords()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.INSPECTION_DATA__ROUNDS:
				return getRounds();
			case InspectionPackage.INSPECTION_DATA__SUBJECTS:
				return getSubjects();
			case InspectionPackage.INSPECTION_DATA__RECORDS:
				return getRecords();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InspectionPackage.INSPECTION_DATA__ROUNDS:
				getRounds().clear();
				getRounds().addAll((Collection<? extends InspectionRound>)newValue);
				return;
			case InspectionPackage.INSPECTION_DATA__SUBJECTS:
				getSubjects().clear();
				getSubjects().addAll((Collection<? extends InspectedSubject>)newValue);
				return;
			case InspectionPackage.INSPECTION_DATA__RECORDS:
				getRecords().clear();
				getRecords().addAll((Collection<? extends ViolationRecord>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case InspectionPackage.INSPECTION_DATA__ROUNDS:
				getRounds().clear();
				return;
			case InspectionPackage.INSPECTION_DATA__SUBJECTS:
				getSubjects().clear();
				return;
			case InspectionPackage.INSPECTION_DATA__RECORDS:
				getRecords().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case InspectionPackage.INSPECTION_DATA__ROUNDS:
				return rounds != null && !rounds.isEmpty();
			case InspectionPackage.INSPECTION_DATA__SUBJECTS:
				return subjects != null && !subjects.isEmpty();
			case InspectionPackage.INSPECTION_DATA__RECORDS:
				return records != null && !records.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //InspectionDataImpl
