/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stakeholder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Stakeholder#getStakeholderType <em>Stakeholder Type</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getStakeholder()
 * @model
 * @generated
 */
public interface Stakeholder extends Element {
	/**
	 * Returns the value of the '<em><b>Stakeholder Type</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.StakeholderType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stakeholder Type</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.StakeholderType
	 * @see #setStakeholderType(StakeholderType)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getStakeholder_StakeholderType()
	 * @model default="OTHER"
	 * @generated
	 */
	StakeholderType getStakeholderType();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Stakeholder#getStakeholderType <em>Stakeholder Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stakeholder Type</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.StakeholderType
	 * @see #getStakeholderType()
	 * @generated
	 */
	void setStakeholderType(StakeholderType value);

} // Stakeholder
