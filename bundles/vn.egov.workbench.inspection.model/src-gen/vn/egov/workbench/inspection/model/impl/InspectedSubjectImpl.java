/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionPackage;

import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.ViolatorType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inspected Subject</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectedSubjectImpl#getViolatorType <em>Violator Type</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectedSubjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectedSubjectImpl#getTaxCode <em>Tax Code</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectedSubjectImpl#getIdNumber <em>Id Number</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectedSubjectImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectedSubjectImpl#getSector <em>Sector</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectedSubjectImpl extends EntityImpl implements InspectedSubject {
	/**
	 * The default value of the '{@link #getViolatorType() <em>Violator Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViolatorType()
	 * @generated
	 * @ordered
	 */
	protected static final ViolatorType VIOLATOR_TYPE_EDEFAULT = (ViolatorType)InspectionFactory.eINSTANCE.createFromString(InspectionPackage.eINSTANCE.getViolatorType(), "ORGANISATION");

	/**
	 * The cached value of the '{@link #getViolatorType() <em>Violator Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViolatorType()
	 * @generated
	 * @ordered
	 */
	protected ViolatorType violatorType = VIOLATOR_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaxCode() <em>Tax Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaxCode()
	 * @generated
	 * @ordered
	 */
	protected static final String TAX_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTaxCode() <em>Tax Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaxCode()
	 * @generated
	 * @ordered
	 */
	protected String taxCode = TAX_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdNumber() <em>Id Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdNumber() <em>Id Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdNumber()
	 * @generated
	 * @ordered
	 */
	protected String idNumber = ID_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final Sector SECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected Sector sector = SECTOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectedSubjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.INSPECTED_SUBJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ViolatorType getViolatorType() {
		return violatorType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setViolatorType(ViolatorType newViolatorType) {
		ViolatorType oldViolatorType = violatorType;
		violatorType = newViolatorType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTED_SUBJECT__VIOLATOR_TYPE, oldViolatorType, violatorType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTED_SUBJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTaxCode() {
		return taxCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaxCode(String newTaxCode) {
		String oldTaxCode = taxCode;
		taxCode = newTaxCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTED_SUBJECT__TAX_CODE, oldTaxCode, taxCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdNumber() {
		return idNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdNumber(String newIdNumber) {
		String oldIdNumber = idNumber;
		idNumber = newIdNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTED_SUBJECT__ID_NUMBER, oldIdNumber, idNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTED_SUBJECT__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sector getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(Sector newSector) {
		Sector oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTED_SUBJECT__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.INSPECTED_SUBJECT__VIOLATOR_TYPE:
				return getViolatorType();
			case InspectionPackage.INSPECTED_SUBJECT__NAME:
				return getName();
			case InspectionPackage.INSPECTED_SUBJECT__TAX_CODE:
				return getTaxCode();
			case InspectionPackage.INSPECTED_SUBJECT__ID_NUMBER:
				return getIdNumber();
			case InspectionPackage.INSPECTED_SUBJECT__ADDRESS:
				return getAddress();
			case InspectionPackage.INSPECTED_SUBJECT__SECTOR:
				return getSector();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InspectionPackage.INSPECTED_SUBJECT__VIOLATOR_TYPE:
				setViolatorType((ViolatorType)newValue);
				return;
			case InspectionPackage.INSPECTED_SUBJECT__NAME:
				setName((String)newValue);
				return;
			case InspectionPackage.INSPECTED_SUBJECT__TAX_CODE:
				setTaxCode((String)newValue);
				return;
			case InspectionPackage.INSPECTED_SUBJECT__ID_NUMBER:
				setIdNumber((String)newValue);
				return;
			case InspectionPackage.INSPECTED_SUBJECT__ADDRESS:
				setAddress((String)newValue);
				return;
			case InspectionPackage.INSPECTED_SUBJECT__SECTOR:
				setSector((Sector)newValue);
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
			case InspectionPackage.INSPECTED_SUBJECT__VIOLATOR_TYPE:
				setViolatorType(VIOLATOR_TYPE_EDEFAULT);
				return;
			case InspectionPackage.INSPECTED_SUBJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case InspectionPackage.INSPECTED_SUBJECT__TAX_CODE:
				setTaxCode(TAX_CODE_EDEFAULT);
				return;
			case InspectionPackage.INSPECTED_SUBJECT__ID_NUMBER:
				setIdNumber(ID_NUMBER_EDEFAULT);
				return;
			case InspectionPackage.INSPECTED_SUBJECT__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case InspectionPackage.INSPECTED_SUBJECT__SECTOR:
				setSector(SECTOR_EDEFAULT);
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
			case InspectionPackage.INSPECTED_SUBJECT__VIOLATOR_TYPE:
				return VIOLATOR_TYPE_EDEFAULT == null ? violatorType != null : !VIOLATOR_TYPE_EDEFAULT.equals(violatorType);
			case InspectionPackage.INSPECTED_SUBJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case InspectionPackage.INSPECTED_SUBJECT__TAX_CODE:
				return TAX_CODE_EDEFAULT == null ? taxCode != null : !TAX_CODE_EDEFAULT.equals(taxCode);
			case InspectionPackage.INSPECTED_SUBJECT__ID_NUMBER:
				return ID_NUMBER_EDEFAULT == null ? idNumber != null : !ID_NUMBER_EDEFAULT.equals(idNumber);
			case InspectionPackage.INSPECTED_SUBJECT__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case InspectionPackage.INSPECTED_SUBJECT__SECTOR:
				return SECTOR_EDEFAULT == null ? sector != null : !SECTOR_EDEFAULT.equals(sector);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (violatorType: ");
		result.append(violatorType);
		result.append(", name: ");
		result.append(name);
		result.append(", taxCode: ");
		result.append(taxCode);
		result.append(", idNumber: ");
		result.append(idNumber);
		result.append(", address: ");
		result.append(address);
		result.append(", sector: ");
		result.append(sector);
		result.append(')');
		return result.toString();
	}

} //InspectedSubjectImpl
