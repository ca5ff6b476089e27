/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Application</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Application#getScope <em>Scope</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Application#getVendor <em>Vendor</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Application#getOwnership <em>Ownership</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Application#getSecurityLevel <em>Security Level</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Application#isLgspIntegrated <em>Lgsp Integrated</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Application#getUserCount <em>User Count</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getApplication()
 * @model
 * @generated
 */
public interface Application extends Element {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The default value is <code>"SECTOR_SPECIFIC"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.ApplicationScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.ApplicationScope
	 * @see #setScope(ApplicationScope)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getApplication_Scope()
	 * @model default="SECTOR_SPECIFIC"
	 * @generated
	 */
	ApplicationScope getScope();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Application#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.ApplicationScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(ApplicationScope value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getApplication_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Application#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Ownership</b></em>' attribute.
	 * The default value is <code>"OWNED"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.Ownership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ownership</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.Ownership
	 * @see #setOwnership(Ownership)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getApplication_Ownership()
	 * @model default="OWNED"
	 * @generated
	 */
	Ownership getOwnership();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Application#getOwnership <em>Ownership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ownership</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.Ownership
	 * @see #getOwnership()
	 * @generated
	 */
	void setOwnership(Ownership value);

	/**
	 * Returns the value of the '<em><b>Security Level</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Security level 1–5 of the information system (Decree 85/2016); 0 while not yet classified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Level</em>' attribute.
	 * @see #setSecurityLevel(int)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getApplication_SecurityLevel()
	 * @model default="0" dataType="vn.egov.workbench.architecture.model.SecurityLevel"
	 * @generated
	 */
	int getSecurityLevel();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Application#getSecurityLevel <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Level</em>' attribute.
	 * @see #getSecurityLevel()
	 * @generated
	 */
	void setSecurityLevel(int value);

	/**
	 * Returns the value of the '<em><b>Lgsp Integrated</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lgsp Integrated</em>' attribute.
	 * @see #setLgspIntegrated(boolean)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getApplication_LgspIntegrated()
	 * @model default="false"
	 * @generated
	 */
	boolean isLgspIntegrated();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Application#isLgspIntegrated <em>Lgsp Integrated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lgsp Integrated</em>' attribute.
	 * @see #isLgspIntegrated()
	 * @generated
	 */
	void setLgspIntegrated(boolean value);

	/**
	 * Returns the value of the '<em><b>User Count</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Count</em>' attribute.
	 * @see #setUserCount(int)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getApplication_UserCount()
	 * @model default="0"
	 * @generated
	 */
	int getUserCount();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Application#getUserCount <em>User Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Count</em>' attribute.
	 * @see #getUserCount()
	 * @generated
	 */
	void setUserCount(int value);

} // Application
