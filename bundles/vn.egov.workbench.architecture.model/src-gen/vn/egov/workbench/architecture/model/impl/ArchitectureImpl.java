/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Folder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Architecture</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl#getProvince <em>Province</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl#getFrameworkVersion <em>Framework Version</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl#getApprovingDecisionNumber <em>Approving Decision Number</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl#getApprovingDecisionDate <em>Approving Decision Date</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl#getPeriodFrom <em>Period From</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl#getPeriodTo <em>Period To</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl#getDisabledRules <em>Disabled Rules</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ArchitectureImpl#getFolders <em>Folders</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArchitectureImpl extends NamedElementImpl implements Architecture {
	/**
	 * The default value of the '{@link #getProvince() <em>Province</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvince()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvince() <em>Province</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvince()
	 * @generated
	 * @ordered
	 */
	protected String province = PROVINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrameworkVersion() <em>Framework Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameworkVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FRAMEWORK_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrameworkVersion() <em>Framework Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameworkVersion()
	 * @generated
	 * @ordered
	 */
	protected String frameworkVersion = FRAMEWORK_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovingDecisionNumber() <em>Approving Decision Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovingDecisionNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVING_DECISION_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovingDecisionNumber() <em>Approving Decision Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovingDecisionNumber()
	 * @generated
	 * @ordered
	 */
	protected String approvingDecisionNumber = APPROVING_DECISION_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovingDecisionDate() <em>Approving Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovingDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate APPROVING_DECISION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovingDecisionDate() <em>Approving Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovingDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate approvingDecisionDate = APPROVING_DECISION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodFrom() <em>Period From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodFrom()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIOD_FROM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPeriodFrom() <em>Period From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodFrom()
	 * @generated
	 * @ordered
	 */
	protected int periodFrom = PERIOD_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodTo() <em>Period To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodTo()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIOD_TO_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPeriodTo() <em>Period To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodTo()
	 * @generated
	 * @ordered
	 */
	protected int periodTo = PERIOD_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisabledRules() <em>Disabled Rules</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabledRules()
	 * @generated
	 * @ordered
	 */
	protected EList<String> disabledRules;

	/**
	 * The cached value of the '{@link #getFolders() <em>Folders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolders()
	 * @generated
	 * @ordered
	 */
	protected EList<Folder> folders;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArchitectureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.ARCHITECTURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvince() {
		return province;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvince(String newProvince) {
		String oldProvince = province;
		province = newProvince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ARCHITECTURE__PROVINCE, oldProvince, province));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrameworkVersion() {
		return frameworkVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameworkVersion(String newFrameworkVersion) {
		String oldFrameworkVersion = frameworkVersion;
		frameworkVersion = newFrameworkVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ARCHITECTURE__FRAMEWORK_VERSION, oldFrameworkVersion, frameworkVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprovingDecisionNumber() {
		return approvingDecisionNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovingDecisionNumber(String newApprovingDecisionNumber) {
		String oldApprovingDecisionNumber = approvingDecisionNumber;
		approvingDecisionNumber = newApprovingDecisionNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ARCHITECTURE__APPROVING_DECISION_NUMBER, oldApprovingDecisionNumber, approvingDecisionNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getApprovingDecisionDate() {
		return approvingDecisionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovingDecisionDate(LocalDate newApprovingDecisionDate) {
		LocalDate oldApprovingDecisionDate = approvingDecisionDate;
		approvingDecisionDate = newApprovingDecisionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ARCHITECTURE__APPROVING_DECISION_DATE, oldApprovingDecisionDate, approvingDecisionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriodFrom() {
		return periodFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodFrom(int newPeriodFrom) {
		int oldPeriodFrom = periodFrom;
		periodFrom = newPeriodFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ARCHITECTURE__PERIOD_FROM, oldPeriodFrom, periodFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriodTo() {
		return periodTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodTo(int newPeriodTo) {
		int oldPeriodTo = periodTo;
		periodTo = newPeriodTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ARCHITECTURE__PERIOD_TO, oldPeriodTo, periodTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ARCHITECTURE__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDisabledRules() {
		if (disabledRules == null) {
			disabledRules = new EDataTypeUniqueEList<String>(String.class, this, ArchitecturePackage.ARCHITECTURE__DISABLED_RULES);
		}
		return disabledRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Folder> getFolders() {
		if (folders == null) {
			folders = new EObjectContainmentEList<Folder>(Folder.class, this, ArchitecturePackage.ARCHITECTURE__FOLDERS);
		}
		return folders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ArchitecturePackage.ARCHITECTURE__FOLDERS:
				return ((InternalEList<?>)getFolders()).basicRemove(otherEnd, msgs);
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
			case ArchitecturePackage.ARCHITECTURE__PROVINCE:
				return getProvince();
			case ArchitecturePackage.ARCHITECTURE__FRAMEWORK_VERSION:
				return getFrameworkVersion();
			case ArchitecturePackage.ARCHITECTURE__APPROVING_DECISION_NUMBER:
				return getApprovingDecisionNumber();
			case ArchitecturePackage.ARCHITECTURE__APPROVING_DECISION_DATE:
				return getApprovingDecisionDate();
			case ArchitecturePackage.ARCHITECTURE__PERIOD_FROM:
				return getPeriodFrom();
			case ArchitecturePackage.ARCHITECTURE__PERIOD_TO:
				return getPeriodTo();
			case ArchitecturePackage.ARCHITECTURE__FORMAT_VERSION:
				return getFormatVersion();
			case ArchitecturePackage.ARCHITECTURE__DISABLED_RULES:
				return getDisabledRules();
			case ArchitecturePackage.ARCHITECTURE__FOLDERS:
				return getFolders();
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
			case ArchitecturePackage.ARCHITECTURE__PROVINCE:
				setProvince((String)newValue);
				return;
			case ArchitecturePackage.ARCHITECTURE__FRAMEWORK_VERSION:
				setFrameworkVersion((String)newValue);
				return;
			case ArchitecturePackage.ARCHITECTURE__APPROVING_DECISION_NUMBER:
				setApprovingDecisionNumber((String)newValue);
				return;
			case ArchitecturePackage.ARCHITECTURE__APPROVING_DECISION_DATE:
				setApprovingDecisionDate((LocalDate)newValue);
				return;
			case ArchitecturePackage.ARCHITECTURE__PERIOD_FROM:
				setPeriodFrom((Integer)newValue);
				return;
			case ArchitecturePackage.ARCHITECTURE__PERIOD_TO:
				setPeriodTo((Integer)newValue);
				return;
			case ArchitecturePackage.ARCHITECTURE__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case ArchitecturePackage.ARCHITECTURE__DISABLED_RULES:
				getDisabledRules().clear();
				getDisabledRules().addAll((Collection<? extends String>)newValue);
				return;
			case ArchitecturePackage.ARCHITECTURE__FOLDERS:
				getFolders().clear();
				getFolders().addAll((Collection<? extends Folder>)newValue);
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
			case ArchitecturePackage.ARCHITECTURE__PROVINCE:
				setProvince(PROVINCE_EDEFAULT);
				return;
			case ArchitecturePackage.ARCHITECTURE__FRAMEWORK_VERSION:
				setFrameworkVersion(FRAMEWORK_VERSION_EDEFAULT);
				return;
			case ArchitecturePackage.ARCHITECTURE__APPROVING_DECISION_NUMBER:
				setApprovingDecisionNumber(APPROVING_DECISION_NUMBER_EDEFAULT);
				return;
			case ArchitecturePackage.ARCHITECTURE__APPROVING_DECISION_DATE:
				setApprovingDecisionDate(APPROVING_DECISION_DATE_EDEFAULT);
				return;
			case ArchitecturePackage.ARCHITECTURE__PERIOD_FROM:
				setPeriodFrom(PERIOD_FROM_EDEFAULT);
				return;
			case ArchitecturePackage.ARCHITECTURE__PERIOD_TO:
				setPeriodTo(PERIOD_TO_EDEFAULT);
				return;
			case ArchitecturePackage.ARCHITECTURE__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case ArchitecturePackage.ARCHITECTURE__DISABLED_RULES:
				getDisabledRules().clear();
				return;
			case ArchitecturePackage.ARCHITECTURE__FOLDERS:
				getFolders().clear();
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
			case ArchitecturePackage.ARCHITECTURE__PROVINCE:
				return PROVINCE_EDEFAULT == null ? province != null : !PROVINCE_EDEFAULT.equals(province);
			case ArchitecturePackage.ARCHITECTURE__FRAMEWORK_VERSION:
				return FRAMEWORK_VERSION_EDEFAULT == null ? frameworkVersion != null : !FRAMEWORK_VERSION_EDEFAULT.equals(frameworkVersion);
			case ArchitecturePackage.ARCHITECTURE__APPROVING_DECISION_NUMBER:
				return APPROVING_DECISION_NUMBER_EDEFAULT == null ? approvingDecisionNumber != null : !APPROVING_DECISION_NUMBER_EDEFAULT.equals(approvingDecisionNumber);
			case ArchitecturePackage.ARCHITECTURE__APPROVING_DECISION_DATE:
				return APPROVING_DECISION_DATE_EDEFAULT == null ? approvingDecisionDate != null : !APPROVING_DECISION_DATE_EDEFAULT.equals(approvingDecisionDate);
			case ArchitecturePackage.ARCHITECTURE__PERIOD_FROM:
				return periodFrom != PERIOD_FROM_EDEFAULT;
			case ArchitecturePackage.ARCHITECTURE__PERIOD_TO:
				return periodTo != PERIOD_TO_EDEFAULT;
			case ArchitecturePackage.ARCHITECTURE__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case ArchitecturePackage.ARCHITECTURE__DISABLED_RULES:
				return disabledRules != null && !disabledRules.isEmpty();
			case ArchitecturePackage.ARCHITECTURE__FOLDERS:
				return folders != null && !folders.isEmpty();
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
		result.append(" (province: ");
		result.append(province);
		result.append(", frameworkVersion: ");
		result.append(frameworkVersion);
		result.append(", approvingDecisionNumber: ");
		result.append(approvingDecisionNumber);
		result.append(", approvingDecisionDate: ");
		result.append(approvingDecisionDate);
		result.append(", periodFrom: ");
		result.append(periodFrom);
		result.append(", periodTo: ");
		result.append(periodTo);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", disabledRules: ");
		result.append(disabledRules);
		result.append(')');
		return result.toString();
	}

} //ArchitectureImpl
