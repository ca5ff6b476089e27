/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import vn.egov.workbench.architecture.model.AdministrativeProcedure;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.GovernmentLevel;
import vn.egov.workbench.architecture.model.OnlineServiceLevel;
import vn.egov.workbench.architecture.model.OrganisationUnit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Administrative Procedure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl#getNationalCode <em>National Code</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl#getGovernmentLevel <em>Government Level</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl#getOnlineServiceLevel <em>Online Service Level</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl#getTimeLimitDays <em>Time Limit Days</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl#getFeeVnd <em>Fee Vnd</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.AdministrativeProcedureImpl#getHandlingUnit <em>Handling Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdministrativeProcedureImpl extends ElementImpl implements AdministrativeProcedure {
	/**
	 * The default value of the '{@link #getNationalCode() <em>National Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalCode()
	 * @generated
	 * @ordered
	 */
	protected static final String NATIONAL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNationalCode() <em>National Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalCode()
	 * @generated
	 * @ordered
	 */
	protected String nationalCode = NATIONAL_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected String sector = SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getGovernmentLevel() <em>Government Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernmentLevel()
	 * @generated
	 * @ordered
	 */
	protected static final GovernmentLevel GOVERNMENT_LEVEL_EDEFAULT = GovernmentLevel.PROVINCE;

	/**
	 * The cached value of the '{@link #getGovernmentLevel() <em>Government Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernmentLevel()
	 * @generated
	 * @ordered
	 */
	protected GovernmentLevel governmentLevel = GOVERNMENT_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnlineServiceLevel() <em>Online Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnlineServiceLevel()
	 * @generated
	 * @ordered
	 */
	protected static final OnlineServiceLevel ONLINE_SERVICE_LEVEL_EDEFAULT = OnlineServiceLevel.NONE;

	/**
	 * The cached value of the '{@link #getOnlineServiceLevel() <em>Online Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnlineServiceLevel()
	 * @generated
	 * @ordered
	 */
	protected OnlineServiceLevel onlineServiceLevel = ONLINE_SERVICE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeLimitDays() <em>Time Limit Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeLimitDays()
	 * @generated
	 * @ordered
	 */
	protected static final int TIME_LIMIT_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTimeLimitDays() <em>Time Limit Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeLimitDays()
	 * @generated
	 * @ordered
	 */
	protected int timeLimitDays = TIME_LIMIT_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeeVnd() <em>Fee Vnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeeVnd()
	 * @generated
	 * @ordered
	 */
	protected static final long FEE_VND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFeeVnd() <em>Fee Vnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeeVnd()
	 * @generated
	 * @ordered
	 */
	protected long feeVnd = FEE_VND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHandlingUnit() <em>Handling Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingUnit()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit handlingUnit;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdministrativeProcedureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.ADMINISTRATIVE_PROCEDURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNationalCode() {
		return nationalCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNationalCode(String newNationalCode) {
		String oldNationalCode = nationalCode;
		nationalCode = newNationalCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__NATIONAL_CODE, oldNationalCode, nationalCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(String newSector) {
		String oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernmentLevel getGovernmentLevel() {
		return governmentLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGovernmentLevel(GovernmentLevel newGovernmentLevel) {
		GovernmentLevel oldGovernmentLevel = governmentLevel;
		governmentLevel = newGovernmentLevel == null ? GOVERNMENT_LEVEL_EDEFAULT : newGovernmentLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__GOVERNMENT_LEVEL, oldGovernmentLevel, governmentLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OnlineServiceLevel getOnlineServiceLevel() {
		return onlineServiceLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnlineServiceLevel(OnlineServiceLevel newOnlineServiceLevel) {
		OnlineServiceLevel oldOnlineServiceLevel = onlineServiceLevel;
		onlineServiceLevel = newOnlineServiceLevel == null ? ONLINE_SERVICE_LEVEL_EDEFAULT : newOnlineServiceLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__ONLINE_SERVICE_LEVEL, oldOnlineServiceLevel, onlineServiceLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeLimitDays() {
		return timeLimitDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeLimitDays(int newTimeLimitDays) {
		int oldTimeLimitDays = timeLimitDays;
		timeLimitDays = newTimeLimitDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__TIME_LIMIT_DAYS, oldTimeLimitDays, timeLimitDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFeeVnd() {
		return feeVnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeeVnd(long newFeeVnd) {
		long oldFeeVnd = feeVnd;
		feeVnd = newFeeVnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__FEE_VND, oldFeeVnd, feeVnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getHandlingUnit() {
		if (handlingUnit != null && handlingUnit.eIsProxy()) {
			InternalEObject oldHandlingUnit = (InternalEObject)handlingUnit;
			handlingUnit = (OrganisationUnit)eResolveProxy(oldHandlingUnit);
			if (handlingUnit != oldHandlingUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__HANDLING_UNIT, oldHandlingUnit, handlingUnit));
			}
		}
		return handlingUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationUnit basicGetHandlingUnit() {
		return handlingUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandlingUnit(OrganisationUnit newHandlingUnit) {
		OrganisationUnit oldHandlingUnit = handlingUnit;
		handlingUnit = newHandlingUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__HANDLING_UNIT, oldHandlingUnit, handlingUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__NATIONAL_CODE:
				return getNationalCode();
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__SECTOR:
				return getSector();
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__GOVERNMENT_LEVEL:
				return getGovernmentLevel();
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__ONLINE_SERVICE_LEVEL:
				return getOnlineServiceLevel();
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__TIME_LIMIT_DAYS:
				return getTimeLimitDays();
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__FEE_VND:
				return getFeeVnd();
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__HANDLING_UNIT:
				if (resolve) return getHandlingUnit();
				return basicGetHandlingUnit();
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
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__NATIONAL_CODE:
				setNationalCode((String)newValue);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__SECTOR:
				setSector((String)newValue);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__GOVERNMENT_LEVEL:
				setGovernmentLevel((GovernmentLevel)newValue);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__ONLINE_SERVICE_LEVEL:
				setOnlineServiceLevel((OnlineServiceLevel)newValue);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__TIME_LIMIT_DAYS:
				setTimeLimitDays((Integer)newValue);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__FEE_VND:
				setFeeVnd((Long)newValue);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__HANDLING_UNIT:
				setHandlingUnit((OrganisationUnit)newValue);
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
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__NATIONAL_CODE:
				setNationalCode(NATIONAL_CODE_EDEFAULT);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__GOVERNMENT_LEVEL:
				setGovernmentLevel(GOVERNMENT_LEVEL_EDEFAULT);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__ONLINE_SERVICE_LEVEL:
				setOnlineServiceLevel(ONLINE_SERVICE_LEVEL_EDEFAULT);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__TIME_LIMIT_DAYS:
				setTimeLimitDays(TIME_LIMIT_DAYS_EDEFAULT);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__FEE_VND:
				setFeeVnd(FEE_VND_EDEFAULT);
				return;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__HANDLING_UNIT:
				setHandlingUnit((OrganisationUnit)null);
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
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__NATIONAL_CODE:
				return NATIONAL_CODE_EDEFAULT == null ? nationalCode != null : !NATIONAL_CODE_EDEFAULT.equals(nationalCode);
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__SECTOR:
				return SECTOR_EDEFAULT == null ? sector != null : !SECTOR_EDEFAULT.equals(sector);
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__GOVERNMENT_LEVEL:
				return governmentLevel != GOVERNMENT_LEVEL_EDEFAULT;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__ONLINE_SERVICE_LEVEL:
				return onlineServiceLevel != ONLINE_SERVICE_LEVEL_EDEFAULT;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__TIME_LIMIT_DAYS:
				return timeLimitDays != TIME_LIMIT_DAYS_EDEFAULT;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__FEE_VND:
				return feeVnd != FEE_VND_EDEFAULT;
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__HANDLING_UNIT:
				return handlingUnit != null;
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
		result.append(" (nationalCode: ");
		result.append(nationalCode);
		result.append(", sector: ");
		result.append(sector);
		result.append(", governmentLevel: ");
		result.append(governmentLevel);
		result.append(", onlineServiceLevel: ");
		result.append(onlineServiceLevel);
		result.append(", timeLimitDays: ");
		result.append(timeLimitDays);
		result.append(", feeVnd: ");
		result.append(feeVnd);
		result.append(')');
		return result.toString();
	}

} //AdministrativeProcedureImpl
