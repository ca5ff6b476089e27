/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Architecture</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a model: one provincial e-government architecture document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Architecture#getProvince <em>Province</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Architecture#getFrameworkVersion <em>Framework Version</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Architecture#getApprovingDecisionNumber <em>Approving Decision Number</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Architecture#getApprovingDecisionDate <em>Approving Decision Date</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Architecture#getPeriodFrom <em>Period From</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Architecture#getPeriodTo <em>Period To</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Architecture#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Architecture#getDisabledRules <em>Disabled Rules</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Architecture#getFolders <em>Folders</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getArchitecture()
 * @model
 * @generated
 */
public interface Architecture extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Province</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Province</em>' attribute.
	 * @see #setProvince(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getArchitecture_Province()
	 * @model
	 * @generated
	 */
	String getProvince();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Architecture#getProvince <em>Province</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Province</em>' attribute.
	 * @see #getProvince()
	 * @generated
	 */
	void setProvince(String value);

	/**
	 * Returns the value of the '<em><b>Framework Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the national architecture framework the model follows, e.g. "2.0" (2323/QĐ-BTTTT), "3.0", "4.0".
	 * Deliberately without a default: an unsaved default would silently decide the version of old files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Framework Version</em>' attribute.
	 * @see #setFrameworkVersion(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getArchitecture_FrameworkVersion()
	 * @model
	 * @generated
	 */
	String getFrameworkVersion();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Architecture#getFrameworkVersion <em>Framework Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Framework Version</em>' attribute.
	 * @see #getFrameworkVersion()
	 * @generated
	 */
	void setFrameworkVersion(String value);

	/**
	 * Returns the value of the '<em><b>Approving Decision Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approving Decision Number</em>' attribute.
	 * @see #setApprovingDecisionNumber(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getArchitecture_ApprovingDecisionNumber()
	 * @model
	 * @generated
	 */
	String getApprovingDecisionNumber();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Architecture#getApprovingDecisionNumber <em>Approving Decision Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approving Decision Number</em>' attribute.
	 * @see #getApprovingDecisionNumber()
	 * @generated
	 */
	void setApprovingDecisionNumber(String value);

	/**
	 * Returns the value of the '<em><b>Approving Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approving Decision Date</em>' attribute.
	 * @see #setApprovingDecisionDate(LocalDate)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getArchitecture_ApprovingDecisionDate()
	 * @model dataType="vn.egov.workbench.architecture.model.LocalDate"
	 * @generated
	 */
	LocalDate getApprovingDecisionDate();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Architecture#getApprovingDecisionDate <em>Approving Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approving Decision Date</em>' attribute.
	 * @see #getApprovingDecisionDate()
	 * @generated
	 */
	void setApprovingDecisionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period From</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First year of the period the architecture covers; 0 when not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period From</em>' attribute.
	 * @see #setPeriodFrom(int)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getArchitecture_PeriodFrom()
	 * @model default="0"
	 * @generated
	 */
	int getPeriodFrom();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Architecture#getPeriodFrom <em>Period From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period From</em>' attribute.
	 * @see #getPeriodFrom()
	 * @generated
	 */
	void setPeriodFrom(int value);

	/**
	 * Returns the value of the '<em><b>Period To</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last year of the period the architecture covers; 0 when not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period To</em>' attribute.
	 * @see #setPeriodTo(int)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getArchitecture_PeriodTo()
	 * @model default="0"
	 * @generated
	 */
	int getPeriodTo();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Architecture#getPeriodTo <em>Period To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period To</em>' attribute.
	 * @see #getPeriodTo()
	 * @generated
	 */
	void setPeriodTo(int value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format the model was written with. 0 means a file written before the format
	 * was versioned; whoever saves a model stamps the current format version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getArchitecture_FormatVersion()
	 * @model default="0"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Architecture#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Disabled Rules</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of validation rules switched off for this model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disabled Rules</em>' attribute list.
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getArchitecture_DisabledRules()
	 * @model
	 * @generated
	 */
	EList<String> getDisabledRules();

	/**
	 * Returns the value of the '<em><b>Folders</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.architecture.model.Folder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folders</em>' containment reference list.
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getArchitecture_Folders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Folder> getFolders();

} // Architecture
