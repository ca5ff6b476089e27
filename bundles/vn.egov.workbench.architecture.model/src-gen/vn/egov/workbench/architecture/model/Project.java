/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Project#getPhase <em>Phase</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Project#getBudgetVnd <em>Budget Vnd</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Project#getFundingSource <em>Funding Source</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Project#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Project#getEndYear <em>End Year</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getProject()
 * @model
 * @generated
 */
public interface Project extends Element {
	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getProject_Phase()
	 * @model
	 * @generated
	 */
	String getPhase();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Project#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(String value);

	/**
	 * Returns the value of the '<em><b>Budget Vnd</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Vnd</em>' attribute.
	 * @see #setBudgetVnd(long)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getProject_BudgetVnd()
	 * @model default="0"
	 * @generated
	 */
	long getBudgetVnd();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Project#getBudgetVnd <em>Budget Vnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Vnd</em>' attribute.
	 * @see #getBudgetVnd()
	 * @generated
	 */
	void setBudgetVnd(long value);

	/**
	 * Returns the value of the '<em><b>Funding Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funding Source</em>' attribute.
	 * @see #setFundingSource(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getProject_FundingSource()
	 * @model
	 * @generated
	 */
	String getFundingSource();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Project#getFundingSource <em>Funding Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding Source</em>' attribute.
	 * @see #getFundingSource()
	 * @generated
	 */
	void setFundingSource(String value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(int)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getProject_StartYear()
	 * @model default="0"
	 * @generated
	 */
	int getStartYear();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Project#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(int value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(int)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getProject_EndYear()
	 * @model default="0"
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Project#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(int value);

} // Project
