/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Administrative Procedure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An administrative procedure (thủ tục hành chính).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getNationalCode <em>National Code</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getSector <em>Sector</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getGovernmentLevel <em>Government Level</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getOnlineServiceLevel <em>Online Service Level</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getTimeLimitDays <em>Time Limit Days</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getFeeVnd <em>Fee Vnd</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getHandlingUnit <em>Handling Unit</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAdministrativeProcedure()
 * @model
 * @generated
 */
public interface AdministrativeProcedure extends Element {
	/**
	 * Returns the value of the '<em><b>National Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the procedure in the national database of administrative procedures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>National Code</em>' attribute.
	 * @see #setNationalCode(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAdministrativeProcedure_NationalCode()
	 * @model
	 * @generated
	 */
	String getNationalCode();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getNationalCode <em>National Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Code</em>' attribute.
	 * @see #getNationalCode()
	 * @generated
	 */
	void setNationalCode(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAdministrativeProcedure_Sector()
	 * @model
	 * @generated
	 */
	String getSector();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(String value);

	/**
	 * Returns the value of the '<em><b>Government Level</b></em>' attribute.
	 * The default value is <code>"PROVINCE"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.GovernmentLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Government Level</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.GovernmentLevel
	 * @see #setGovernmentLevel(GovernmentLevel)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAdministrativeProcedure_GovernmentLevel()
	 * @model default="PROVINCE"
	 * @generated
	 */
	GovernmentLevel getGovernmentLevel();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getGovernmentLevel <em>Government Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Government Level</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.GovernmentLevel
	 * @see #getGovernmentLevel()
	 * @generated
	 */
	void setGovernmentLevel(GovernmentLevel value);

	/**
	 * Returns the value of the '<em><b>Online Service Level</b></em>' attribute.
	 * The default value is <code>"NONE"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.OnlineServiceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Online Service Level</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.OnlineServiceLevel
	 * @see #setOnlineServiceLevel(OnlineServiceLevel)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAdministrativeProcedure_OnlineServiceLevel()
	 * @model default="NONE"
	 * @generated
	 */
	OnlineServiceLevel getOnlineServiceLevel();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getOnlineServiceLevel <em>Online Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Online Service Level</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.OnlineServiceLevel
	 * @see #getOnlineServiceLevel()
	 * @generated
	 */
	void setOnlineServiceLevel(OnlineServiceLevel value);

	/**
	 * Returns the value of the '<em><b>Time Limit Days</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time limit for handling, in working days; 0 when not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Limit Days</em>' attribute.
	 * @see #setTimeLimitDays(int)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAdministrativeProcedure_TimeLimitDays()
	 * @model default="0"
	 * @generated
	 */
	int getTimeLimitDays();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getTimeLimitDays <em>Time Limit Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Limit Days</em>' attribute.
	 * @see #getTimeLimitDays()
	 * @generated
	 */
	void setTimeLimitDays(int value);

	/**
	 * Returns the value of the '<em><b>Fee Vnd</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fee Vnd</em>' attribute.
	 * @see #setFeeVnd(long)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAdministrativeProcedure_FeeVnd()
	 * @model default="0"
	 * @generated
	 */
	long getFeeVnd();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getFeeVnd <em>Fee Vnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fee Vnd</em>' attribute.
	 * @see #getFeeVnd()
	 * @generated
	 */
	void setFeeVnd(long value);

	/**
	 * Returns the value of the '<em><b>Handling Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handling Unit</em>' reference.
	 * @see #setHandlingUnit(OrganisationUnit)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAdministrativeProcedure_HandlingUnit()
	 * @model
	 * @generated
	 */
	OrganisationUnit getHandlingUnit();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure#getHandlingUnit <em>Handling Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handling Unit</em>' reference.
	 * @see #getHandlingUnit()
	 * @generated
	 */
	void setHandlingUnit(OrganisationUnit value);

} // AdministrativeProcedure
